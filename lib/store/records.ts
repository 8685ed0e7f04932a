import { z } from 'zod';

/**
 * What pyvet keeps in IndexedDB. Every record is parsed with these schemas
 * when it crosses into or out of storage, so a future schema change shows up
 * as a clear error rather than a half-read record.
 */

/** A GitHub API response kept to spare the rate limit. */
export const CachedResponseSchema = z.object({
  /** The request it answers, e.g. `GET /users/{username}/repos {"per_page":100,...}`. */
  key: z.string(),
  body: z.unknown(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  /** When GitHub last confirmed the body (fetched or revalidated), epoch ms. */
  fetchedAt: z.number(),
});
export type CachedResponse = z.infer<typeof CachedResponseSchema>;

/** The screening funnel of ../shared/DOMAIN.md, in order. */
export const StageSchema = z.enum([
  'profile-filter',
  'technical-screen',
  'practical-task',
  'architecture-interview',
  'soft-skills',
  'close',
]);
export type Stage = z.infer<typeof StageSchema>;

export const STAGE_LABELS: Record<Stage, string> = {
  'profile-filter': 'Profile filter',
  'technical-screen': 'Technical screen',
  'practical-task': 'Practical task',
  'architecture-interview': 'Architecture interview',
  'soft-skills': 'Soft skills',
  close: 'Close',
};

/** One save of a candidate: when, at which stage, with which note. */
export const CandidateEventSchema = z.object({ at: z.number(), stage: StageSchema, note: z.string().max(5000) });

/** A person being considered; one record per person, across GitHub and marketplaces. */
export const CandidateSchema = z.object({
  id: z.string(),
  githubLogin: z.string().nullable(),
  displayName: z.string().nullable(),
  profileUrls: z.array(z.string()),
  /** Since schema version 3. */
  stage: StageSchema,
  note: z.string().max(5000),
  tags: z.array(z.string().max(50)).max(30),
  /** Every save, oldest first. */
  history: z.array(CandidateEventSchema),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

/**
 * Schema version 1's scorecard record (skills nested in buckets). Version 2
 * stores RoleScorecard (lib/scorecard/scorecard.ts); the upgrade in db.ts
 * converts any version-1 record it finds.
 */
export const ScorecardV1Schema = z.object({
  id: z.string(),
  name: z.string(),
  skills: z.object({
    mustHave: z.array(z.string()),
    niceToHave: z.array(z.string()),
    notRequired: z.array(z.string()),
  }),
  updatedAt: z.number(),
});

export const ShortlistSchema = z.object({
  id: z.string(),
  name: z.string(),
  candidateIds: z.array(z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Shortlist = z.infer<typeof ShortlistSchema>;
