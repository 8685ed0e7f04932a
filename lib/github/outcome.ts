import { z } from 'zod';
import { CandidateReportSchema } from '../analysis/candidate-report';
import { GitHubErrorSchema } from './errors';

/** What an analysis gives back, and the quota GitHub states: light schemas every part of pyvet may import. */
export const RateLimitStatusSchema = z.object({ limit: z.number(), remaining: z.number(), resetAt: z.number() });
export type RateLimitStatus = z.infer<typeof RateLimitStatusSchema>;

export const AnalysisOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    report: CandidateReportSchema,
    /** The quota GitHub's last answer stated; null when everything came from the cache. */
    rateLimit: RateLimitStatusSchema.nullable(),
  }),
  z.object({ status: z.literal('error'), error: GitHubErrorSchema }),
]);
export type AnalysisOutcome = z.infer<typeof AnalysisOutcomeSchema>;
