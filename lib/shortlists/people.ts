import { CANDIDATE_LIMITS, type Candidate } from './records';

/**
 * One person is one record: the same GitHub login (in any case), or a
 * profile address already on record, is the same person. The store finds
 * people with IndexedDB's indexes by this rule; an import, and the check that
 * a file holds one record per person, with PeopleIndex.
 */
export const loginKey = (login: string) => login.toLowerCase();

export const sameLogin = (a: string | null, b: string | null) => a !== null && b !== null && loginKey(a) === loginKey(b);

/** Tags without repeats (in any case), the first spelling kept, within a record's limit. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase())).slice(0, CANDIDATE_LIMITS.tags);
}

type Person = Pick<Candidate, 'githubLogin' | 'profileUrls'>;

/** What a look-up found: where, and by what the person was recognised. */
export interface PersonFound {
  at: number;
  by: 'login' | 'profile';
  /** The login or profile address both records share. */
  shared: string;
}

/**
 * Where each login and profile address first appears in a list of records,
 * so a look-up finds the same record a scan from the top would.
 */
export class PeopleIndex {
  private readonly byLogin = new Map<string, number>();
  private readonly byUrl = new Map<string, number>();

  constructor(records: readonly Person[] = []) {
    records.forEach((record, at) => this.add(record, at));
  }

  add(record: Person, at: number): void {
    if (record.githubLogin !== null) claim(this.byLogin, loginKey(record.githubLogin), at);
    for (const url of record.profileUrls) claim(this.byUrl, url, at);
  }

  /** The record for the same person: by login first, then by the earliest record sharing a profile address. */
  find(person: Person): PersonFound | undefined {
    const byLogin = person.githubLogin === null ? undefined : this.byLogin.get(loginKey(person.githubLogin));
    if (byLogin !== undefined) return { at: byLogin, by: 'login', shared: person.githubLogin ?? '' };
    let found: PersonFound | undefined;
    for (const url of person.profileUrls) {
      const at = this.byUrl.get(url);
      if (at !== undefined && (found === undefined || at < found.at)) found = { at, by: 'profile', shared: url };
    }
    return found;
  }
}

function claim(map: Map<string, number>, key: string, at: number): void {
  const held = map.get(key);
  if (held === undefined || at < held) map.set(key, at);
}
