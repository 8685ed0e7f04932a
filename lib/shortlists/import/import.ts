import { z } from 'zod';
import type { RoleScorecard } from '../../judgement/scorecard';
import { CandidateSchema, ShortlistSchema, type Candidate, type CandidateEvent, type Shortlist } from '../records';
import { BackupSchema } from '../export/backup';
import { CandidatesExportSchema, ShortlistExportSchema } from '../export/shortlist-export';
import { plural } from '../../text/plural';

/**
 * Reading a pyvet JSON file (a shortlist export or a backup) back in, and
 * planning how it joins what the user already has. Files may be hand-edited
 * or hostile, so parsing never throws: it answers with the document or with
 * one sentence naming the problem and where it is. Planning is pure; the
 * caller writes the plan.
 */

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_DEPTH = 32;

/** Keys that can reach an object's prototype once the data is spread or assigned. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The versions of each file format this build reads. */
const READABLE_VERSIONS = { 'pyvet-shortlist': 1, 'pyvet-candidates': 1, 'pyvet-backup': 1 } as const;
type FileFormat = keyof typeof READABLE_VERSIONS;

/** Shortlist names as the store accepts them on save; the export schemas leave them open. */
const ShortlistNameSchema = z.string().trim().min(1).max(120);
const ShortlistFileSchema = ShortlistExportSchema.extend({ shortlist: z.object({ name: ShortlistNameSchema }) });
const CandidatesFileSchema = CandidatesExportSchema.extend({
  shortlists: z.array(z.object({ name: ShortlistNameSchema, candidateIds: z.array(z.string()) })),
});
const BackupFileSchema = BackupSchema.extend({ shortlists: z.array(ShortlistSchema.extend({ name: ShortlistNameSchema })) });

/** The limits of CandidateSchema: a merge stops adding once it reaches them. */
const MAX_PROFILE_URLS = 50;
const MAX_TAGS = 30;
const MAX_HISTORY = 10_000;
const MAX_MERGED = 50;

export type ImportedShortlist = { name: string; candidateIds: string[] };

export type ImportDocument = {
  kind: 'shortlist' | 'candidates' | 'backup';
  candidates: Candidate[];
  shortlists: ImportedShortlist[];
  scorecards: RoleScorecard[];
};

export type ImportParse = { ok: true; document: ImportDocument } | { ok: false; error: string };

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

type Result<T> = { ok: true; value: T } | { ok: false; error: string };
const failure = (error: string): { ok: false; error: string } => ({ ok: false, error });

// ---------------------------------------------------------------------------
// Parsing

/** The file's text as a checked document, or one sentence saying what is wrong and where. */
export function parseImportFile(text: string): ImportParse {
  const tooBig = sizeProblem(text);
  if (tooBig) return failure(tooBig);
  const json = parseJson(text);
  if (!json.ok) return json;
  const unsafe = structureProblem(json.value);
  if (unsafe) return failure(unsafe);
  const format = readFormat(json.value);
  if (!format.ok) return format;
  const document = validate(format.value, json.value);
  if (!document.ok) return document;
  const inconsistent = documentProblem(document.value);
  return inconsistent ? failure(inconsistent) : { ok: true, document: document.value };
}

function sizeProblem(text: string): string | null {
  // Every UTF-16 unit takes at least one UTF-8 byte, so a short text needs no count.
  if (text.length * 3 <= MAX_IMPORT_BYTES) return null;
  const bytes = utf8Length(text);
  return bytes > MAX_IMPORT_BYTES
    ? `The file is ${megabytes(bytes)} MB; pyvet imports files of up to ${megabytes(MAX_IMPORT_BYTES)} MB.`
    : null;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(index + 1))) {
      // A surrogate pair is one four-byte character.
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Tenths of a megabyte, rounded up so a file just over the limit never reads as the limit. */
const megabytes = (bytes: number) => String(Math.ceil((bytes / (1024 * 1024)) * 10) / 10);

function parseJson(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure(`The file is not valid JSON (${truncate(reason, 200)}).`);
  }
}

type Visit = { value: object; key: string | number | null; parent: Visit | null; depth: number };

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * The first key that could reach a prototype, or the first place nested too
 * deep. Walks with its own stack of objects and arrays only, so a hostile
 * file can overflow neither the call stack (here or in the schema check
 * after it) nor memory beyond what JSON.parse already used.
 */
function structureProblem(root: unknown): string | null {
  if (!isContainer(root)) return null;
  const stack: Visit[] = [{ value: root, key: null, parent: null, depth: 1 }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value, depth } = visit;
    if (depth > MAX_IMPORT_DEPTH) {
      return `The file nests data more than ${MAX_IMPORT_DEPTH} levels deep at ${describePath(pathOf(visit))}; pyvet files are never nested that deep.`;
    }
    const keys = Array.isArray(value) ? value.keys() : Object.keys(value);
    const children: Visit[] = [];
    for (const key of keys) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        return `The file has a “${key}” key at ${describePath([...pathOf(visit), key])}; pyvet refuses such keys because they can tamper with objects.`;
      }
      const child: unknown = (value as Record<string | number, unknown>)[key];
      if (isContainer(child)) children.push({ value: child, key, parent: visit, depth: depth + 1 });
    }
    // Pushed in reverse so the walk meets problems in the order the file has them.
    for (const child of children.reverse()) stack.push(child);
  }
  return null;
}

function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.unshift(at.key);
  return path;
}

/** `candidates[3].stage`, or "the top level" for the document itself. */
function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the top level';
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (typeof segment === 'symbol') return `[${String(segment)}]`;
      // A hostile key can be megabytes long; the message only needs to point at it.
      if (/^[A-Za-z_$][\w$]*$/.test(segment) && segment.length <= 60) return index === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(truncate(segment, 60))}]`;
    })
    .join('');
}

function readFormat(value: unknown): Result<FileFormat> {
  const readable = 'pyvet reads “pyvet-shortlist”, “pyvet-candidates” and “pyvet-backup” files';
  if (!isContainer(value) || Array.isArray(value)) {
    return failure(`The file holds ${describeValue(value)} rather than a pyvet export; ${readable}.`);
  }
  const { format, version } = value as Record<string, unknown>;
  if (format === undefined) return failure(`The file does not say which format it is in (no “format” field); ${readable}.`);
  if (typeof format !== 'string' || !Object.hasOwn(READABLE_VERSIONS, format)) {
    return failure(`The file's format is ${describeValue(format)}; ${readable}.`);
  }
  const fileFormat = format as FileFormat;
  const readableVersion = READABLE_VERSIONS[fileFormat];
  if (version !== readableVersion) {
    const found = version === undefined ? 'does not say its version' : `is version ${describeValue(version)}`;
    return failure(`This ${fileFormat} file ${found}; pyvet reads version ${readableVersion} of ${fileFormat} files.`);
  }
  return { ok: true, value: fileFormat };
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function validate(format: FileFormat, value: unknown): Result<ImportDocument> {
  if (format === 'pyvet-shortlist') {
    const parsed = ShortlistFileSchema.safeParse(value);
    if (!parsed.success) return failure(schemaProblem(format, parsed.error));
    const { shortlist, candidates } = parsed.data;
    const holdingAll = { name: shortlist.name, candidateIds: candidates.map((candidate) => candidate.id) };
    return { ok: true, value: { kind: 'shortlist', candidates, shortlists: [holdingAll], scorecards: [] } };
  }
  if (format === 'pyvet-candidates') {
    const parsed = CandidatesFileSchema.safeParse(value);
    if (!parsed.success) return failure(schemaProblem(format, parsed.error));
    const { candidates, shortlists } = parsed.data;
    return { ok: true, value: { kind: 'candidates', candidates, shortlists, scorecards: [] } };
  }
  const parsed = BackupFileSchema.safeParse(value);
  if (!parsed.success) return failure(schemaProblem(format, parsed.error));
  const { candidates, shortlists, scorecards } = parsed.data;
  return {
    ok: true,
    value: { kind: 'backup', candidates, shortlists: shortlists.map(({ name, candidateIds }) => ({ name, candidateIds })), scorecards },
  };
}

function schemaProblem(format: FileFormat, error: z.ZodError): string {
  const [issue] = error.issues;
  if (!issue) return `The file does not match the ${format} format.`;
  const message = /[.!?]$/.test(issue.message) ? issue.message : `${issue.message}.`;
  return `The file does not match the ${format} format at ${describePath(issue.path)}: ${message}`;
}

/** What the schema cannot see: ids and people that must be unique, shortlists that must point into the file. */
function documentProblem(document: ImportDocument): string | null {
  return (
    duplicateIdProblem(document.candidates) ??
    anonymousProblem(document.candidates) ??
    samePersonProblem(document.candidates) ??
    missingMemberProblem(document.shortlists, document.candidates)
  );
}

function duplicateIdProblem(candidates: readonly Candidate[]): string | null {
  const seen = new Map<string, number>();
  for (const [index, candidate] of candidates.entries()) {
    const first = seen.get(candidate.id);
    if (first !== undefined) {
      return `candidates[${first}] and candidates[${index}] have the same id ${quote(candidate.id)}; each candidate in a file needs its own id.`;
    }
    seen.set(candidate.id, index);
  }
  return null;
}

/** Without a login or a profile URL a record could never be matched again, so every import would copy it. */
function anonymousProblem(candidates: readonly Candidate[]): string | null {
  const index = candidates.findIndex((candidate) => candidate.githubLogin === null && candidate.profileUrls.length === 0);
  return index === -1
    ? null
    : `candidates[${index}] has neither a GitHub login nor a profile URL, so pyvet cannot tell who it is.`;
}

function samePersonProblem(candidates: readonly Candidate[]): string | null {
  const byLogin = new Map<string, number>();
  const byUrl = new Map<string, number>();
  for (const [index, candidate] of candidates.entries()) {
    const login = candidate.githubLogin?.toLowerCase();
    const loginTwin = login === undefined ? undefined : byLogin.get(login);
    if (loginTwin !== undefined) {
      return samePersonSentence(candidates, loginTwin, index, `GitHub login ${quote(candidate.githubLogin ?? '')}`);
    }
    for (const url of candidate.profileUrls) {
      const urlTwin = byUrl.get(url);
      if (urlTwin !== undefined) return samePersonSentence(candidates, urlTwin, index, `profile ${quote(url)}`);
    }
    if (login !== undefined) byLogin.set(login, index);
    for (const url of candidate.profileUrls) if (!byUrl.has(url)) byUrl.set(url, index);
  }
  return null;
}

function samePersonSentence(candidates: readonly Candidate[], first: number, second: number, shared: string): string {
  const label = (index: number) => `candidates[${index}] (id ${quote(candidates[index]?.id ?? '')})`;
  return `${label(first)} and ${label(second)} are the same person, both with ${shared}; keep one record per person in the file.`;
}

function missingMemberProblem(shortlists: readonly ImportedShortlist[], candidates: readonly Candidate[]): string | null {
  const ids = new Set(candidates.map((candidate) => candidate.id));
  for (const [listIndex, shortlist] of shortlists.entries()) {
    const memberIndex = shortlist.candidateIds.findIndex((id) => !ids.has(id));
    const missing = shortlist.candidateIds[memberIndex];
    if (missing !== undefined) {
      return `Shortlist ${quote(shortlist.name)} lists candidate ${quote(missing)} at shortlists[${listIndex}].candidateIds[${memberIndex}], but the file has no candidate with that id.`;
    }
  }
  return null;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`;
}

const quote = (text: string) => `“${truncate(text, 80)}”`;

// ---------------------------------------------------------------------------
// Planning

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
  const index = createPeopleIndex(records);
  // Merged records keep their ids for un-merge, so a newcomer must not take one either.
  const existingIds = new Set(existing.flatMap((record) => [record.id, ...record.merged.map((merged) => merged.id)]));
  const taken = new Set([...existingIds, ...incoming.map((candidate) => candidate.id)]);
  const finalIds = new Map<string, string>();
  const rows: ImportRow[] = [];

  for (const candidate of incoming) {
    const at = index.find(candidate);
    const target = at === undefined ? undefined : records[at];
    if (at === undefined || target === undefined) {
      const id = existingIds.has(candidate.id) ? freshId(taken, newId) : candidate.id;
      const added = { ...candidate, id };
      index.add(added, records.push(added) - 1);
      finalIds.set(candidate.id, id);
      rows.push({ id, name: nameOf(candidate), action: 'add' });
      continue;
    }
    const merged = mergeCandidates(target, candidate);
    const changed = !sameData(merged, target);
    records[at] = merged;
    index.add(merged, at);
    finalIds.set(candidate.id, target.id);
    rows.push({ id: target.id, name: nameOf(candidate), action: changed ? 'merge' : 'unchanged', into: nameOf(target) });
  }

  const before = new Map(existing.map((record) => [record.id, record]));
  const toPut = records.filter((record) => !sameData(record, before.get(record.id)));
  return { toPut, finalIds, rows };
}

/**
 * Where each lower-case login and profile URL first appears in the records,
 * so a look-up finds the same record a scan from the top would.
 */
function createPeopleIndex(records: readonly Candidate[]) {
  const byLogin = new Map<string, number>();
  const byUrl = new Map<string, number>();
  const claim = (map: Map<string, number>, key: string, at: number) => {
    const held = map.get(key);
    if (held === undefined || at < held) map.set(key, at);
  };
  const add = (record: Candidate, at: number) => {
    if (record.githubLogin !== null) claim(byLogin, record.githubLogin.toLowerCase(), at);
    for (const url of record.profileUrls) claim(byUrl, url, at);
  };
  records.forEach(add);

  /** The record for the same person: by login first, then by any shared profile URL. */
  const find = (candidate: Candidate): number | undefined => {
    const byLoginAt = candidate.githubLogin === null ? undefined : byLogin.get(candidate.githubLogin.toLowerCase());
    if (byLoginAt !== undefined) return byLoginAt;
    const hits = candidate.profileUrls.flatMap((url) => byUrl.get(url) ?? []);
    return hits.length === 0 ? undefined : Math.min(...hits);
  };
  return { add, find };
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
    profileUrls: union(current.profileUrls, incoming.profileUrls, (url) => url, MAX_PROFILE_URLS),
    stage: newer.stage,
    note: newer.note,
    tags: union(current.tags, incoming.tags, (tag) => tag.toLowerCase(), MAX_TAGS),
    history: mergeHistory(current.history, incoming.history),
    scores: newer.scores,
    assessment: newer.assessment,
    createdAt: Math.min(current.createdAt, incoming.createdAt),
    updatedAt: Math.max(current.updatedAt, incoming.updatedAt),
    merged: union(current.merged, incoming.merged, (record) => record.id, MAX_MERGED),
  };
}

function mergeHistory(current: CandidateEvent[], incoming: readonly CandidateEvent[]): CandidateEvent[] {
  const added = additions(current, incoming, (event) => JSON.stringify([event.at, event.stage, event.note]), MAX_HISTORY);
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

// ---------------------------------------------------------------------------
// Preview

/** "3 new candidates, 2 merged into people you already have, 1 unchanged; new shortlist “Backend Q4”." */
export function describeImportPreview(preview: ImportPreview): string {
  const people = [
    ...counted(preview.added, (n) => plural(n, 'new candidate')),
    ...counted(preview.merged, (n) => `${n} merged into ${n === 1 ? 'someone' : 'people'} you already have`),
    ...counted(preview.unchanged, (n) => `${n} unchanged`),
  ];
  const shortlists = [...namedShortlists('new', preview.newShortlists), ...namedShortlists('updated', preview.updatedShortlists)];
  const clauses = [people.join(', ') || 'No candidates', ...(shortlists.length > 0 ? [shortlists.join(', ')] : [])];
  return `${clauses.join('; ')}.`;
}

const counted = (n: number, phrase: (n: number) => string) => (n > 0 ? [phrase(n)] : []);

function namedShortlists(adjective: string, names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const quoted = names.map((name) => `“${name}”`);
  const listed = quoted.length === 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
  return [`${adjective} ${names.length === 1 ? 'shortlist' : 'shortlists'} ${listed}`];
}
