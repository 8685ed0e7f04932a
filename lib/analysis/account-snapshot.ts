import { z } from 'zod';
import type { GitHubEvent, GitHubUser } from '../github/schemas';
import type { ContributionsByRepo } from './activity';
import type { RepoFacts, RepoSnapshot } from './evidence/snapshot';

/**
 * Everything gathered about one GitHub account, before any judgement: the
 * REST gatherer (anonymous) and the GraphQL gatherer (token) both produce it,
 * and buildCandidateReport turns it into evidence.
 */
export interface AccountSnapshot {
  user: GitHubUser;
  repos: RepoFacts[];
  /** Public events (about the last 30 days); null when they could not be read. */
  events: GitHubEvent[] | null;
  /** Per-day commit counts over the last year; only a token can read them. */
  contributions: ContributionsByRepo | null;
  /** The few repositories examined closely. */
  examined: RepoSnapshot[];
  /** What could not be read, in plain words, e.g. a tree GitHub refused. */
  gaps: string[];
  cost: { apiRequests: number; rawRequests: number; mode: 'anonymous' | 'token' };
  /** The oldest moment any part of the snapshot was confirmed by GitHub. */
  fetchedAt: number;
}

/** Where a long analysis is, for progress displays. */
export const AnalysisStepSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('account') }),
  z.object({ step: z.literal('trees'), repos: z.number() }),
  z.object({ step: z.literal('files'), files: z.number() }),
  z.object({ step: z.literal('report') }),
]);
export type AnalysisStep = z.infer<typeof AnalysisStepSchema>;

export type ProgressListener = (progress: AnalysisStep) => void;
