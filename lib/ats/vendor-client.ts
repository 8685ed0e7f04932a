import type { AtsPerson } from '../shortlists/export/ats-person';
import type { AtsVendor } from '../shortlists/records';

/** The tag pyvet puts on everyone it sends (and Lever's source), which is how a later look-up finds them. */
export const PYVET_TAG = 'pyvet';

/** A record in an ATS: its id and the page a recruiter opens. */
export interface AtsRecordRef {
  id: string;
  url: string;
}

/**
 * The operations a send needs, one implementation per vendor (ashby.ts, lever.ts), so the
 * order of steps, the stopping rules and the results are written once (send.ts).
 */
export interface AtsVendorClient {
  readonly vendor: AtsVendor;
  /** Whether tags go in with the create request (Lever) or are added after it (Ashby). */
  readonly createCarriesTags: boolean;
  /** A name for the account the key opens (the key's or the user's), proving the key works. */
  account(): Promise<string>;
  /** Whether a record pyvet linked earlier is still there. */
  exists(id: string): Promise<boolean>;
  /** The person's existing record, found by e-mail or by a profile link they share; read-only. */
  find(person: AtsPerson): Promise<AtsRecordRef | null>;
  create(person: AtsPerson, tags: readonly string[]): Promise<AtsRecordRef>;
  addNote(id: string, note: string): Promise<void>;
  addTags(id: string, tags: readonly string[]): Promise<void>;
}

/**
 * A profile address in one spelling, so "https://GitHub.com/Ada/" and "https://github.com/Ada"
 * compare equal: lower-case scheme and host, no trailing slash, no fragment. Paths keep their
 * case (some sites' paths are case-sensitive). Null for text that is not a URL.
 */
export function normalizeProfileUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.protocol}//${parsed.host.toLowerCase()}${path}${parsed.search}`;
}

/** Whether two lists of profile addresses share one. */
export function shareAProfile(ours: readonly string[], theirs: readonly string[]): boolean {
  const wanted = new Set(ours.map(normalizeProfileUrl).filter((url): url is string => url !== null));
  return theirs.some((url) => {
    const normalized = normalizeProfileUrl(url);
    return normalized !== null && wanted.has(normalized);
  });
}

/** An https page address the vendor gave, else the one built from the id (AtsLinkSchema keeps https only). */
export function recordPage(given: string | null | undefined, fallback: string): string {
  if (given) {
    try {
      if (new URL(given).protocol === 'https:') return given;
    } catch {
      // Not a URL: use the fallback.
    }
  }
  return fallback;
}
