import { z } from 'zod';
import type { KitId, StageOutcome } from '../judgement/funnel';
import type { FlagId } from '../judgement/verdict';
import { outcomesInOrder } from './stage-outcomes';
import { CandidateSchema, StageSchema, type Candidate, type QuickScores, type Stage } from './records';

/**
 * What the shortlists table shows, searches, filters and sorts on, kept
 * beside each full record (history, assessment, merged records) so the
 * page reads a few hundred bytes per candidate, not the whole record.
 * Written from a parsed candidate on every write, so it is trusted on read.
 */
export interface CandidateSummary {
  id: string;
  githubLogin: string | null;
  displayName: string | null;
  profileUrls: string[];
  stage: Stage;
  note: string;
  tags: string[];
  /** Mean of the quick scores; null when there are none. */
  averageScore: number | null;
  assessment: {
    role: { id: string; name: string };
    flags: FlagId[];
    mustHaves: number;
    /** Must-haves evidenced in code. */
    evidenced: number;
  } | null;
  /** Each stage kit's latest outcome (since schema version 7). */
  outcomes: Partial<Record<KitId, StageOutcome>>;
  createdAt: number;
  updatedAt: number;
  /** Why the full record does not fit the schema (it is kept as it is); null when it does. */
  problem: string | null;
}

/** Mean of the quick scores; null when there are none. */
export function averageScore(scores: QuickScores): number | null {
  const values = Object.values(scores);
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The summary of a record that fits the schema. */
export function summarize(candidate: Candidate): CandidateSummary {
  const { assessment } = candidate;
  return {
    id: candidate.id,
    githubLogin: candidate.githubLogin,
    displayName: candidate.displayName,
    profileUrls: candidate.profileUrls,
    stage: candidate.stage,
    note: candidate.note,
    tags: candidate.tags,
    averageScore: averageScore(candidate.scores),
    assessment: assessment && {
      role: { id: assessment.role.id, name: assessment.role.name },
      flags: assessment.flags,
      mustHaves: assessment.mustHaves.length,
      evidenced: assessment.mustHaves.filter((mustHave) => mustHave.status === 'evidenced').length,
    },
    outcomes: outcomeResults(candidate),
    createdAt: candidate.createdAt,
    updatedAt: candidate.updatedAt,
    problem: null,
  };
}

function outcomeResults(candidate: Candidate): CandidateSummary['outcomes'] {
  return Object.fromEntries(outcomesInOrder(candidate.history).map(({ kit, outcome }) => [kit, outcome.result]));
}

// The fields a record that fails the schema can still be listed by; any that is off takes its empty value.
const ListableSchema = z.object({
  id: z.string().min(1),
  githubLogin: z.string().nullable().catch(null),
  displayName: z.string().nullable().catch(null),
  profileUrls: z.array(z.string()).catch([]),
  stage: StageSchema.catch('profile-filter'),
  note: z.string().catch(''),
  createdAt: z.number().catch(0),
  updatedAt: z.number().catch(0),
});

/**
 * The summary of whatever is stored (a record from before the summaries, or
 * one written by something else): a record that fails the schema is still
 * listed, with what is wrong, so it is never silently lost. Null when it has
 * no id to be listed by.
 */
export function summarizeStored(record: unknown): CandidateSummary | null {
  const parsed = CandidateSchema.safeParse(record);
  if (parsed.success) return summarize(parsed.data);
  const listable = ListableSchema.safeParse(record);
  if (!listable.success) return null;
  return { ...listable.data, tags: [], averageScore: null, assessment: null, outcomes: {}, problem: describeProblem(parsed.error) };
}

/** "history[3].stage: Invalid option…": the first thing wrong, where it is. */
export function describeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it does not fit pyvet’s schema';
  const where = issue.path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`)).join('');
  return where ? `${where}: ${issue.message}` : issue.message;
}
