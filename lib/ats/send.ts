import type { AtsPerson } from '../shortlists/export/ats-person';
import { ATS_VENDOR_NAMES, AtsLinkSchema, type AtsLink } from '../shortlists/records';
import { AshbyClient } from './ashby';
import { AtsRequestFailed, describeAtsError, stopsTheRun, type AtsError } from './errors';
import { LeverClient } from './lever';
import type { AtsRequestOptions } from './request';
import { PYVET_TAG, type AtsRecordRef, type AtsVendorClient } from './vendor-client';

/** The key (and, for Lever, the user the writes are made as) a send uses. */
export type AtsCredentials = { vendor: 'ashby'; apiKey: string } | { vendor: 'lever'; apiKey: string; performAs: string };

export type AtsKeyCheck = { ok: true; account: string } | { ok: false; error: AtsError };

export type AtsSendOutcome = 'created' | 'linked' | 'updated' | 'failed';

export interface AtsSendResult {
  candidateId: string;
  outcome: AtsSendOutcome;
  /** Where the person now is; the caller records it so the next send updates instead of creating. */
  link?: AtsLink;
  /** Why it failed, or what part of a successful send did not go through (e.g. the note). */
  reason?: string;
}

export interface AtsSendOptions extends AtsRequestOptions {
  /** Stamps each link's sentAt (and paces Lever's requests). */
  now: () => number;
  /** Called after each person, in order, so links are recorded as they arrive and a broken-off send loses none. */
  onResult?: (result: AtsSendResult) => void | Promise<void>;
}

export type AtsPreviewAction = 'create' | 'link' | 'update' | 'skip';

export interface AtsPreviewItem {
  candidateId: string;
  action: AtsPreviewAction;
  /** The record a link or update would write to. */
  record?: AtsRecordRef;
  /** Why a person is skipped. */
  reason?: string;
}

export type AtsPreview = { ok: true; items: AtsPreviewItem[] } | { ok: false; error: AtsError };

export function atsClient(credentials: AtsCredentials, options: AtsRequestOptions): AtsVendorClient {
  return credentials.vendor === 'ashby'
    ? new AshbyClient(credentials.apiKey, options)
    : new LeverClient(credentials.apiKey, credentials.performAs, options);
}

/** One cheap authenticated request: does the key work, and whose account does it open? */
export async function checkAtsKey(credentials: AtsCredentials, options: AtsRequestOptions = {}): Promise<AtsKeyCheck> {
  try {
    return { ok: true, account: await atsClient(credentials, options).account() };
  } catch (failure) {
    return { ok: false, error: asAtsError(failure, credentials) };
  }
}

type Decision = { action: 'update' | 'link'; record: AtsRecordRef } | { action: 'create' } | { action: 'skip'; reason: string };

/** What a send would do with one person; only read-only requests. */
async function decide(client: AtsVendorClient, person: AtsPerson): Promise<Decision> {
  if (!person.fullName.trim()) return { action: 'skip', reason: 'no name to send' };
  const known = person.ats[client.vendor];
  if (known && (await client.exists(known.id))) return { action: 'update', record: { id: known.id, url: known.url } };
  const found = await client.find(person);
  return found ? { action: 'link', record: found } : { action: 'create' };
}

/** The look-ups alone, so the UI can show who would be created, linked, updated or skipped before anything is written. */
export async function previewAtsSend(
  people: readonly AtsPerson[],
  credentials: AtsCredentials,
  options: AtsRequestOptions = {},
): Promise<AtsPreview> {
  const client = atsClient(credentials, options);
  const items: AtsPreviewItem[] = [];
  try {
    for (const person of people) {
      const decision = await decide(client, person);
      items.push({
        candidateId: person.candidateId,
        action: decision.action,
        ...('record' in decision ? { record: decision.record } : {}),
        ...('reason' in decision ? { reason: decision.reason } : {}),
      });
    }
  } catch (failure) {
    return { ok: false, error: asAtsError(failure, credentials) };
  }
  return { ok: true, items };
}

/**
 * Sends people one at a time, in order: a known record that still exists gets a new note
 * (updated); a record found by e-mail or a shared profile link gets the note and tags
 * (linked); anyone else is created, then given the note (and tags). A failure that would
 * repeat for everyone (network, key refused, rate limit) marks that person and the rest
 * failed; sending again later links instead of duplicating.
 */
export async function sendToAts(
  people: readonly AtsPerson[],
  credentials: AtsCredentials,
  options: AtsSendOptions,
): Promise<AtsSendResult[]> {
  const client = atsClient(credentials, options);
  const results: AtsSendResult[] = [];
  let stoppedBy: string | null = null;
  for (const person of people) {
    let result: AtsSendResult;
    if (stoppedBy) {
      result = { candidateId: person.candidateId, outcome: 'failed', reason: `not sent: ${stoppedBy}` };
    } else {
      const sent = await sendOne(client, person, options.now);
      result = sent.result;
      if (sent.stop) stoppedBy = sent.stop;
    }
    results.push(result);
    await options.onResult?.(result);
  }
  return results;
}

async function sendOne(
  client: AtsVendorClient,
  person: AtsPerson,
  now: () => number,
): Promise<{ result: AtsSendResult; stop: string | null }> {
  const candidateId = person.candidateId;
  let decision: Decision;
  let record: AtsRecordRef;
  try {
    decision = await decide(client, person);
    if (decision.action === 'skip') return { result: { candidateId, outcome: 'failed', reason: decision.reason }, stop: null };
    record = decision.action === 'create' ? await client.create(person, tagsToSend(person)) : decision.record;
  } catch (failure) {
    const error = asAtsError(failure, { vendor: client.vendor });
    const reason = describeAtsError(error);
    return { result: { candidateId, outcome: 'failed', reason }, stop: stopsTheRun(error) ? reason : null };
  }

  const outcome = decision.action === 'create' ? 'created' : decision.action === 'link' ? 'linked' : 'updated';
  const link = AtsLinkSchema.safeParse({ ...record, sentAt: now() });
  if (!link.success) {
    const reason = `${ATS_VENDOR_NAMES[client.vendor]} answered with a record pyvet cannot keep a link to (id ${record.id.slice(0, 80)})`;
    return { result: { candidateId, outcome: 'failed', reason }, stop: null };
  }
  // The record is there now: a note or tag that fails is reported beside its link, never instead of it.
  try {
    // Both vendors refuse an empty note; a person with nothing to say gets none.
    if (person.note.trim()) await client.addNote(record.id, person.note);
    const tagsNeeded = outcome === 'linked' || (outcome === 'created' && !client.createCarriesTags);
    if (tagsNeeded) await client.addTags(record.id, tagsToSend(person));
  } catch (failure) {
    const error = asAtsError(failure, { vendor: client.vendor });
    const reason = describeAtsError(error);
    return {
      result: { candidateId, outcome, link: link.data, reason: `the note or tags were not added: ${reason}` },
      stop: stopsTheRun(error) ? reason : null,
    };
  }
  return { result: { candidateId, outcome, link: link.data }, stop: null };
}

/** The person's tags plus pyvet's own, each once whatever its case. */
export function tagsToSend(person: AtsPerson): string[] {
  const byLowerCase = new Map<string, string>();
  for (const tag of [...person.tags, PYVET_TAG]) {
    const trimmed = tag.trim();
    if (trimmed && !byLowerCase.has(trimmed.toLowerCase())) byLowerCase.set(trimmed.toLowerCase(), trimmed);
  }
  return [...byLowerCase.values()];
}

function asAtsError(failure: unknown, credentials: Pick<AtsCredentials, 'vendor'>): AtsError {
  if (failure instanceof AtsRequestFailed) return failure.error;
  return { kind: 'bad-answer', vendor: credentials.vendor, detail: failure instanceof Error ? failure.message : String(failure) };
}
