import { z } from 'zod';
import type { RoleScorecard } from '../../judgement/scorecard';
import { PeopleIndex } from '../people';
import { ShortlistSchema, type Candidate } from '../records';
import { BackupSchema } from '../export/backup';
import { CandidatesExportSchema, ShortlistExportSchema } from '../export/shortlist-export';

/**
 * Reading a pyvet JSON file (a shortlist export or a backup) back in. Files
 * may be hand-edited or hostile, so parsing never throws: it answers with the
 * document or with one sentence naming the problem and where it is.
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

export type ImportedShortlist = { name: string; candidateIds: string[] };

export type ImportDocument = {
  kind: 'shortlist' | 'candidates' | 'backup';
  candidates: Candidate[];
  shortlists: ImportedShortlist[];
  scorecards: RoleScorecard[];
};

export type ImportParse = { ok: true; document: ImportDocument } | { ok: false; error: string };

type Result<T> = { ok: true; value: T } | { ok: false; error: string };
const failure = (error: string): { ok: false; error: string } => ({ ok: false, error });

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
  const people = new PeopleIndex();
  for (const [index, candidate] of candidates.entries()) {
    const twin = people.find(candidate);
    if (twin) {
      const shared = twin.by === 'login' ? `GitHub login ${quote(twin.shared)}` : `profile ${quote(twin.shared)}`;
      return samePersonSentence(candidates, twin.at, index, shared);
    }
    people.add(candidate, index);
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
