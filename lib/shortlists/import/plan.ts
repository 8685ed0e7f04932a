import type { RoleScorecard } from '../../judgement/scorecard';
import { PeopleIndex, uniqueTags } from '../people';
import { CANDIDATE_LIMITS, CandidateSchema, combineAtsLinks, withAtsLinks, ShortlistSchema, type Candidate, type CandidateEvent, type Shortlist } from '../records';
import type { ImportDocument, ImportedShortlist } from './parse';

/**
 * How an imported document joins what the user already has. Pure and
 * deterministic for a given `newId`; the caller writes the plan, all or nothing.
 */

export type ImportRow = { id: string; name: string; action: 'add' | 'merge' | 'unchanged'; into?: string };

export type ImportPreview = {
  added: number;
  merged: number;
  unchanged: number;
  newShortlists: string[];
  updatedShortlists: string[];
  rows: ImportRow[];
};

export type ImportPlan = {
  candidatesToPut: Candidate[];
  shortlistsToPut: Shortlist[];
  scorecards: RoleScorecard[];
  preview: ImportPreview;
};

export type ImportTarget = { candidates: Candidate[]; shortlists: Shortlist[] };
export type ImportOptions = { now: number; newId: () => string };

/**
 * How an imported document joins the user's records: which candidates and
 * shortlists to write, and what to tell the user first. Deterministic for
 * a given `newId`; records that would not change are left out.
 */
export function planImport(existing: ImportTarget, incoming: ImportDocument, options: ImportOptions): ImportPlan {
  const people = planCandidates(existing.candidates, incoming.candidates, options.newId);
  const lists = planShortlists(existing.shortlists, incoming.shortlists, people.finalIds, options);
  const count = (action: ImportRow['action']) => people.rows.filter((row) => row.action === action).length;
  return {
    candidatesToPut: people.toPut.map((record) => CandidateSchema.parse(record)),
    shortlistsToPut: lists.toPut.map((shortlist) => ShortlistSchema.parse(shortlist)),
    scorecards: [...incoming.scorecards],
    preview: {
      added: count('add'),
      merged: count('merge'),
      unchanged: count('unchanged'),
      newShortlists: lists.created,
      updatedShortlists: lists.updated,
      rows: people.rows,
    },
  };
}

function planCandidates(existing: readonly Candidate[], incoming: readonly Candidate[], newId: () => string) {
  const records = [...existing];
  const people = new PeopleIndex(records);
  // Merged records keep their ids for un-merge, so a newcomer must not take one either.
  const existingIds = new Set(existing.flatMap((record) => [record.id, ...record.merged.map((merged) => merged.id)]));
  const taken = new Set([...existingIds, ...incoming.map((candidate) => candidate.id)]);
  const finalIds = new Map<string, string>();
  const rows: ImportRow[] = [];

  for (const candidate of incoming) {
    const at = people.find(candidate)?.at;
    const target = at === undefined ? undefined : records[at];
    if (at === undefined || target === undefined) {
      const id = existingIds.has(candidate.id) ? freshId(taken, newId) : candidate.id;
      // Tags that differ only in case are one tag, as everywhere else in the store.
      const added = { ...candidate, id, tags: uniqueTags(candidate.tags) };
      people.add(added, records.push(added) - 1);
      finalIds.set(candidate.id, id);
      rows.push({ id, name: nameOf(candidate), action: 'add' });
      continue;
    }
    const merged = mergeCandidates(target, candidate);
    const changed = !sameData(merged, target);
    records[at] = merged;
    people.add(merged, at);
    finalIds.set(candidate.id, target.id);
    rows.push({ id: target.id, name: nameOf(candidate), action: changed ? 'merge' : 'unchanged', into: nameOf(target) });
  }

  const before = new Map(existing.map((record) => [record.id, record]));
  const toPut = records.filter((record) => !sameData(record, before.get(record.id)));
  return { toPut, finalIds, rows };
}

function freshId(taken: Set<string>, newId: () => string): string {
  let id = newId();
  while (taken.has(id)) id = newId();
  taken.add(id);
  return id;
}

/**
 * One person's record with what a file knows about them. Nothing already on
 * record is dropped; the fields a save overwrites come from whichever record
 * changed last, the existing one on a tie.
 */
function mergeCandidates(current: Candidate, incoming: Candidate): Candidate {
  const newer = incoming.updatedAt > current.updatedAt ? incoming : current;
  const older = newer === incoming ? current : incoming;
  return {
    id: current.id,
    githubLogin: current.githubLogin ?? incoming.githubLogin,
    displayName: newer.displayName ?? older.displayName,
    profileUrls: union(current.profileUrls, incoming.profileUrls, (url) => url, CANDIDATE_LIMITS.profileUrls),
    stage: newer.stage,
    note: newer.note,
    tags: uniqueTags([...current.tags, ...incoming.tags]),
    history: mergeHistory(current.history, incoming.history),
    scores: newer.scores,
    assessment: newer.assessment,
    ...withAtsLinks(combineAtsLinks(current.ats, incoming.ats)),
    createdAt: Math.min(current.createdAt, incoming.createdAt),
    updatedAt: Math.max(current.updatedAt, incoming.updatedAt),
    merged: union(current.merged, incoming.merged, (record) => record.id, CANDIDATE_LIMITS.merged),
  };
}

function mergeHistory(current: CandidateEvent[], incoming: readonly CandidateEvent[]): CandidateEvent[] {
  // The outcome is part of an entry's identity: an outcome recorded at the moment of a save is a second entry, not a copy.
  const added = additions(current, incoming, (event) => JSON.stringify([event.at, event.stage, event.note, event.outcome ?? null]), CANDIDATE_LIMITS.history);
  // Sorted only when something was added, so a file with nothing new leaves the record exactly as it was.
  return added.length === 0 ? current : [...current, ...added].sort((a, b) => a.at - b.at);
}

/** `kept` as it is, then what `offered` adds to it, up to `limit` items. */
function union<T>(kept: readonly T[], offered: readonly T[], key: (item: T) => string, limit: number): T[] {
  return [...kept, ...additions(kept, offered, key, limit)];
}

/** The items of `offered` whose key `kept` (and earlier offered items) lack, while room remains under `limit`. */
function additions<T>(kept: readonly T[], offered: readonly T[], key: (item: T) => string, limit: number): T[] {
  const seen = new Set(kept.map(key));
  const added: T[] = [];
  for (const item of offered) {
    if (kept.length + added.length >= limit) break;
    const itemKey = key(item);
    if (seen.has(itemKey)) continue;
    seen.add(itemKey);
    added.push(item);
  }
  return added;
}

/** Deep equality of plain data; a key holding undefined counts as absent, as it would in storage. */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  const rightKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  return keys.length === rightKeys.length && keys.every((key) => Object.hasOwn(right, key) && sameData(left[key], right[key]));
}

function nameOf(candidate: Candidate): string {
  return candidate.displayName ?? candidate.githubLogin ?? candidate.profileUrls[0] ?? candidate.id;
}

function planShortlists(
  existing: readonly Shortlist[],
  incoming: readonly ImportedShortlist[],
  finalIds: ReadonlyMap<string, string>,
  { now, newId }: ImportOptions,
) {
  const byName = new Map<string, Shortlist>();
  for (const shortlist of existing) if (!byName.has(shortlist.name)) byName.set(shortlist.name, shortlist);
  const taken = new Set(existing.map((shortlist) => shortlist.id));
  const created: string[] = [];

  for (const { name, candidateIds } of incoming) {
    // An id the file does not hold would point at nothing, so it is left out.
    const members = union([], candidateIds.flatMap((id) => finalIds.get(id) ?? []), (id) => id, Infinity);
    const current = byName.get(name);
    if (!current) {
      byName.set(name, { id: freshId(taken, newId), name, candidateIds: members, createdAt: now, updatedAt: now });
      created.push(name);
      continue;
    }
    const joined = union(current.candidateIds, members, (id) => id, Infinity);
    if (joined.length > current.candidateIds.length) byName.set(name, { ...current, candidateIds: joined, updatedAt: now });
  }

  const untouched = new Set(existing);
  const toPut = [...byName.values()].filter((shortlist) => !untouched.has(shortlist));
  const updated = toPut.filter((shortlist) => !created.includes(shortlist.name)).map((shortlist) => shortlist.name);
  return { toPut, created, updated };
}
