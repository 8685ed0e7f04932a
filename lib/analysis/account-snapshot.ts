import { z } from 'zod';
import type { ContributionsByRepo } from './activity';
import type { RepoFacts, RepoSnapshot } from './evidence/snapshot';

/**
 * The account and its public events as GitHub's REST API gives them: the
 * fields the analysis reads. The gatherers validate GitHub's answers with
 * these schemas.
 */
export const GitHubUserSchema = z.object({
  login: z.string(),
  id: z.number(),
  type: z.string(), // "User" or "Organization" (also "Bot")
  name: z.string().nullable().optional(),
  // The person's own words; GitHub sends "" or null for an empty field.
  bio: z.string().nullable().optional(),
  company: z.string().nullable().optional(),
  /** The profile's website, as typed: not always a full URL. */
  blog: z.string().nullable().optional(),
  avatar_url: z.string(),
  html_url: z.string(),
  public_repos: z.number(),
});
export type GitHubUser = z.infer<typeof GitHubUserSchema>;

/** One event of `GET /users/{username}/events/public`; the payload is read by the activity analysis. */
export const GitHubEventSchema = z.object({
  type: z.string().nullable(),
  repo: z.object({ name: z.string() }),
  created_at: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()).optional(),
});
export type GitHubEvent = z.infer<typeof GitHubEventSchema>;
export const GitHubEventListSchema = z.array(GitHubEventSchema);

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
