import type { RoleScorecard } from '../judgement/scorecard';
import { FlagIdSchema, type FlagId } from '../judgement/verdict';
import { StageSchema, type Candidate, type QuickScores, type Shortlist, type Stage } from './records';
import { type Assessment } from '../judgement/assessment';
import { KitIdSchema, StageOutcomeSchema, type KitId, type StageOutcome } from '../judgement/funnel';
import { latestOutcomes, type LatestOutcome } from './stage-outcomes';
import { averageScore, type CandidateSummary } from './summary';

/**
 * The shortlists page as plain data: rows built from the candidates'
 * summaries, then filtered and sorted on every change of the controls. No
 * React, no Dexie, so it is tested and benchmarked on its own.
 */

export interface CandidateRow {
  summary: CandidateSummary;
  /** displayName, else GitHub login, else the first profile's host and path, else 'Unnamed'. */
  name: string;
  shortlistIds: string[];
  /** Lower-cased name, login, note, tags and profile URLs, one per line, so a search never lower-cases again. */
  searchText: string;
}

/** 'any': no filter; 'any-reject': rejected at some kit; 'none': no outcome yet; else that kit's latest outcome. */
export type OutcomeFilter = 'any' | 'any-reject' | 'none' | { kit: KitId; result: StageOutcome };

export type SortKey = 'name' | 'stage' | 'score' | 'updated' | 'evidenced';
export type SortDirection = 'asc' | 'desc';

export interface TableQuery {
  /** null: all candidates, whatever their shortlists. */
  shortlistId: string | null;
  /** Whitespace-separated terms; every one must occur. */
  search: string;
  /** Empty: any stage. */
  stages: Stage[];
  /** The id of the role the candidate was assessed against. */
  roleId: string | null;
  /** 'any': no filter; 'none': assessed without flags, or not assessed; a flag id: has that flag. */
  flags: 'any' | 'none' | FlagId;
  minScore: number | null;
  /** Every one must be present, case-insensitively. */
  tags: string[];
  /** By each stage kit's latest outcome. */
  outcome: OutcomeFilter;
  sort: { key: SortKey; direction: SortDirection };
}

export const DEFAULT_QUERY: TableQuery = {
  shortlistId: null,
  search: '',
  stages: [],
  roleId: null,
  flags: 'any',
  minScore: null,
  tags: [],
  outcome: 'any',
  sort: { key: 'updated', direction: 'desc' },
};

export interface FilterOptions {
  /** Sorted by name. */
  roles: { id: string; name: string }[];
  /** Sorted, one spelling per tag whatever its case (the first one seen). */
  tags: string[];
  /** In FlagIdSchema's order. */
  flags: FlagId[];
  /** The latest outcomes some row has, in funnel then advance-hold-reject order. */
  outcomes: { kit: KitId; result: StageOutcome }[];
}

export type CellStatus = Assessment['mustHaves'][number]['status'] | 'unknown';

export interface CompareColumn {
  id: string;
  name: string;
  stage: Stage;
  averageScore: number | null;
  flags: FlagId[];
  summary: string | null;
  /** The assessment's role name when it is not the compared role, so the UI can say "assessed against X". */
  assessedAgainst: string | null;
}

export interface CompareCell {
  status: CellStatus;
  score: number | null;
}

export interface CompareRow {
  skill: string;
  /** One per column, in the columns' order. */
  cells: CompareCell[];
}

/** One stage kit that at least one compared candidate has an outcome for. */
export interface CompareOutcomeRow {
  kit: KitId;
  /** One per column, in the columns' order; null when that candidate has none for this kit. */
  cells: (LatestOutcome | null)[];
}

export interface Comparison {
  role: { id: string; name: string };
  columns: CompareColumn[];
  rows: CompareRow[];
  /** In funnel order. */
  outcomes: CompareOutcomeRow[];
}

// One collator for every comparison: far cheaper than localeCompare's per-call setup over 10 000 rows.
const NAME_COLLATOR = new Intl.Collator(undefined, { sensitivity: 'base' });
const STAGE_ORDER = new Map(StageSchema.options.map((stage, index) => [stage, index]));
const MIN_COMPARED = 2;
const MAX_COMPARED = 4;

/** The name a person reads in the table and the compare view. */
export function candidateName(candidate: Pick<Candidate, 'displayName' | 'githubLogin' | 'profileUrls'>): string {
  return nonBlank(candidate.displayName) ?? nonBlank(candidate.githubLogin) ?? profileLabel(candidate.profileUrls[0]) ?? 'Unnamed';
}

// Name and search text per summary object: after one write only the changed summary is worked out again.
const derived = new WeakMap<CandidateSummary, { name: string; searchText: string }>();

function derive(summary: CandidateSummary): { name: string; searchText: string } {
  let known = derived.get(summary);
  if (!known) {
    const name = candidateName(summary);
    known = { name, searchText: searchTextOf(summary, name) };
    derived.set(summary, known);
  }
  return known;
}

// Rows by summary object while the shortlists are the same array: after one write, one row is made again, not 10 000.
const rowsByShortlists = new WeakMap<readonly Shortlist[], { memberships: Map<string, string[]>; rows: WeakMap<CandidateSummary, CandidateRow> }>();

/** One row per candidate, with what filtering and sorting need worked out once. */
export function buildRows(summaries: readonly CandidateSummary[], shortlists: readonly Shortlist[]): CandidateRow[] {
  let known = rowsByShortlists.get(shortlists);
  if (!known) {
    known = { memberships: shortlistIdsByCandidate(shortlists), rows: new WeakMap() };
    rowsByShortlists.set(shortlists, known);
  }
  const { memberships, rows } = known;
  return summaries.map((summary) => {
    let row = rows.get(summary);
    if (!row) {
      row = { summary, ...derive(summary), shortlistIds: memberships.get(summary.id) ?? [] };
      rows.set(summary, row);
    }
    return row;
  });
}

/** The rows the query keeps, in its order; ties keep their input order. */
export function queryRows(rows: readonly CandidateRow[], query: TableQuery): CandidateRow[] {
  const matches = rowFilter(query);
  return sortRows(rows.filter(matches), query.sort);
}

/** What the filter controls can offer, from the rows at hand. */
export function filterOptions(rows: readonly CandidateRow[]): FilterOptions {
  const roles = new Map<string, { id: string; name: string }>();
  const tags = new Map<string, string>();
  const flags = new Set<FlagId>();
  const outcomes = new Set<string>();
  for (const { summary } of rows) {
    const { assessment } = summary;
    if (assessment && !roles.has(assessment.role.id)) roles.set(assessment.role.id, { ...assessment.role });
    for (const tag of summary.tags) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
    for (const flag of assessment?.flags ?? []) flags.add(flag);
    for (const [kit, result] of Object.entries(summary.outcomes)) outcomes.add(`${kit} ${result}`);
  }
  return {
    roles: [...roles.values()].sort((a, b) => NAME_COLLATOR.compare(a.name, b.name)),
    tags: [...tags.values()].sort(NAME_COLLATOR.compare),
    flags: FlagIdSchema.options.filter((flag) => flags.has(flag)),
    outcomes: KitIdSchema.options.flatMap((kit) =>
      StageOutcomeSchema.options.filter((result) => outcomes.has(`${kit} ${result}`)).map((result) => ({ kit, result })),
    ),
  };
}

/** Two to four candidates side by side against one role's must-haves. */
export function compareCandidates(candidates: readonly Candidate[], role: RoleScorecard): Comparison {
  if (candidates.length < MIN_COMPARED || candidates.length > MAX_COMPARED) {
    throw new Error(`Compare takes ${MIN_COMPARED} to ${MAX_COMPARED} candidates; got ${candidates.length}.`);
  }
  const statuses = candidates.map((candidate) => bySkill(candidate.assessment?.mustHaves.map(({ skill, status }) => [skill, status]) ?? []));
  const scores = candidates.map((candidate) => bySkill(Object.entries(candidate.scores)));
  const outcomes = candidates.map((candidate) => latestOutcomes(candidate.history));
  return {
    role: { id: role.id, name: role.name },
    columns: candidates.map((candidate) => compareColumn(candidate, role)),
    rows: role.mustHave.map((skill) => ({
      skill,
      cells: candidates.map((_, index) => ({
        status: statuses[index]?.get(skillKey(skill)) ?? 'unknown',
        score: scores[index]?.get(skillKey(skill)) ?? null,
      })),
    })),
    outcomes: KitIdSchema.options
      .filter((kit) => outcomes.some((latest) => latest[kit]))
      .map((kit) => ({ kit, cells: outcomes.map((latest) => latest[kit] ?? null) })),
  };
}

function nonBlank(text: string | null): string | null {
  return text && text.trim() ? text : null;
}

/** "github.com/ada" for https://github.com/ada/; the raw text when it is not a URL. */
function profileLabel(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { host, pathname } = new URL(url);
    return `${host}${pathname}`.replace(/\/+$/, '');
  } catch {
    return url;
  }
}

function shortlistIdsByCandidate(shortlists: readonly Shortlist[]): Map<string, string[]> {
  const memberships = new Map<string, string[]>();
  for (const shortlist of shortlists) {
    for (const candidateId of shortlist.candidateIds) {
      const ids = memberships.get(candidateId);
      if (ids) ids.push(shortlist.id);
      else memberships.set(candidateId, [shortlist.id]);
    }
  }
  return memberships;
}

// Fields on separate lines: a search term has no whitespace, so it never matches across two fields.
function searchTextOf(summary: CandidateSummary, name: string): string {
  return [name, summary.githubLogin ?? '', summary.note, ...summary.tags, ...summary.profileUrls].join('\n').toLowerCase();
}

type RowPredicate = (row: CandidateRow) => boolean;

/** The query's active filters as one predicate; inactive ones cost nothing per row. */
function rowFilter(query: TableQuery): RowPredicate {
  const predicates = [
    shortlistFilter(query.shortlistId),
    searchFilter(query.search),
    stageFilter(query.stages),
    roleFilter(query.roleId),
    flagFilter(query.flags),
    minScoreFilter(query.minScore),
    tagFilter(query.tags),
    outcomeFilter(query.outcome),
  ].filter((predicate): predicate is RowPredicate => predicate !== null);
  return (row) => predicates.every((predicate) => predicate(row));
}

function shortlistFilter(shortlistId: string | null): RowPredicate | null {
  return shortlistId === null ? null : (row) => row.shortlistIds.includes(shortlistId);
}

function searchFilter(search: string): RowPredicate | null {
  const terms = search.toLowerCase().split(/\s+/).filter(Boolean);
  return terms.length === 0 ? null : (row) => terms.every((term) => row.searchText.includes(term));
}

function stageFilter(stages: readonly Stage[]): RowPredicate | null {
  const wanted = new Set(stages);
  return wanted.size === 0 ? null : (row) => wanted.has(row.summary.stage);
}

function roleFilter(roleId: string | null): RowPredicate | null {
  return roleId === null ? null : (row) => row.summary.assessment?.role.id === roleId;
}

function flagFilter(flags: TableQuery['flags']): RowPredicate | null {
  if (flags === 'any') return null;
  if (flags === 'none') return (row) => (row.summary.assessment?.flags.length ?? 0) === 0;
  return (row) => row.summary.assessment?.flags.includes(flags) ?? false;
}

function minScoreFilter(minScore: number | null): RowPredicate | null {
  return minScore === null ? null : (row) => row.summary.averageScore !== null && row.summary.averageScore >= minScore;
}

function tagFilter(tags: readonly string[]): RowPredicate | null {
  const wanted = tags.map((tag) => tag.toLowerCase());
  if (wanted.length === 0) return null;
  return (row) => {
    const own = row.summary.tags.map((tag) => tag.toLowerCase());
    return wanted.every((tag) => own.includes(tag));
  };
}

function outcomeFilter(outcome: OutcomeFilter): RowPredicate | null {
  if (outcome === 'any') return null;
  if (outcome === 'none') return (row) => Object.keys(row.summary.outcomes).length === 0;
  if (outcome === 'any-reject') return (row) => Object.values(row.summary.outcomes).includes('reject');
  return (row) => row.summary.outcomes[outcome.kit] === outcome.result;
}

type SortValue = string | number | null;

const SORT_VALUES: Record<SortKey, (row: CandidateRow) => SortValue> = {
  name: (row) => row.name,
  stage: (row) => STAGE_ORDER.get(row.summary.stage) ?? 0,
  score: (row) => row.summary.averageScore,
  updated: (row) => row.summary.updatedAt,
  evidenced: (row) => row.summary.assessment?.evidenced ?? 0,
};

/** Sorts on values worked out once per row, not once per comparison; nulls go last either way. */
function sortRows(rows: readonly CandidateRow[], sort: TableQuery['sort']): CandidateRow[] {
  const valueOf = SORT_VALUES[sort.key];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row) => ({ row, value: valueOf(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
      return sign * compareValues(a.value, b.value);
    })
    .map(({ row }) => row);
}

function compareValues(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : NAME_COLLATOR.compare(String(a), String(b));
}

function compareColumn(candidate: Candidate, role: RoleScorecard): CompareColumn {
  const { assessment } = candidate;
  return {
    id: candidate.id,
    name: candidateName(candidate),
    stage: candidate.stage,
    averageScore: averageScore(candidate.scores),
    flags: assessment ? [...assessment.flags] : [],
    summary: assessment?.summary ?? null,
    assessedAgainst: assessment && assessment.role.id !== role.id ? assessment.role.name : null,
  };
}

function skillKey(skill: string): string {
  return skill.trim().toLowerCase();
}

/** Values by skill, matched case-insensitively; the first entry wins when two differ only in case. */
function bySkill<T>(entries: readonly (readonly [string, T])[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [skill, value] of entries) if (!map.has(skillKey(skill))) map.set(skillKey(skill), value);
  return map;
}

/** "FastAPI 4/5, PostgreSQL 2/5": quick scores as the reviewer gave them. */
export function describeScores(scores: QuickScores): string {
  return Object.entries(scores)
    .map(([skill, score]) => `${skill} ${score}/5`)
    .join(', ');
}
