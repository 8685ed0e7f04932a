import { z } from 'zod';
import { EvidenceSchema } from '../analysis/evidence/snapshot';

/** Where a claim was found: the candidate's own words, quoted and linked. */
export const ClaimSchema = z.object({
  source: z.enum([
    'github-bio',
    'github-company',
    'github-website',
    'profile-readme',
    'marketplace-skills',
    'marketplace-overview',
    'marketplace-title',
  ]),
  /** The words that make the claim, quoted from the page (at most ~160 characters). */
  quote: z.string(),
  url: z.string(),
});
export type Claim = z.infer<typeof ClaimSchema>;

/**
 * evidenced: code shows it (dependency, file, config, CI), with links.
 * claimed: only the candidate's words say so, quoted.
 * unread: neither, but an opened repository's manifest that could show it was not read: unknown, not missing.
 * not-found: neither, with every manifest that could show it read.
 * ask-in-interview: no repository can show it (communication, API design judgement).
 */
export const SkillStatusSchema = z.enum(['evidenced', 'claimed', 'unread', 'not-found', 'ask-in-interview']);
export type SkillStatus = z.infer<typeof SkillStatusSchema>;

export const SkillMatchSchema = z.object({
  /** As the scorecard names it. */
  skill: z.string(),
  status: SkillStatusSchema,
  evidence: z.array(EvidenceSchema),
  claims: z.array(ClaimSchema),
});
export type SkillMatch = z.infer<typeof SkillMatchSchema>;

export const ProbeSchema = z.object({
  id: z.enum(['async-traps', 'database-isolation', 'etl-idempotency', 'prompt-injection', 'gil', 'test-strategy']),
  title: z.string(),
  /** The question to ask, worded for the role. */
  question: z.string(),
});
export type Probe = z.infer<typeof ProbeSchema>;

export const FlagIdSchema = z.enum([
  'generic-projects',
  'fork-only',
  'stale-python',
  'no-tests',
  'thin-docs',
  'outdated-stack',
  'weak-python',
  'notebook-only',
  'kitchen-sink-claims',
  'keywords-without-depth',
  'low-rate',
  'overpromising',
]);
export type FlagId = z.infer<typeof FlagIdSchema>;

export const RedFlagSchema = z.object({
  id: FlagIdSchema,
  severity: z.enum(['info', 'warn', 'high']),
  /** One sentence a hiring manager can read out; market figures labelled "market benchmark". */
  reason: z.string(),
  evidence: z.array(EvidenceSchema),
  /** Probe ids this flag should turn into, most useful first. */
  probes: z.array(ProbeSchema.shape.id),
});
export type RedFlag = z.infer<typeof RedFlagSchema>;

export const VerdictSchema = z.object({
  role: z.object({ id: z.string(), name: z.string() }),
  mustHaves: z.array(SkillMatchSchema),
  niceToHaves: z.array(SkillMatchSchema),
  /** "4 of 6 must-haves evidenced, 1 claimed only, 1 not found" (ask-in-interview ones named too). */
  summary: z.string(),
  flags: z.array(RedFlagSchema),
  /** Thin public evidence lowers confidence and says why; it is never a flag against the candidate. */
  confidence: z.object({ level: z.enum(['low', 'medium', 'high']), reasons: z.array(z.string()) }),
  /** The probes of the flags and of the role, de-duplicated, most useful first. */
  probes: z.array(ProbeSchema),
});
export type Verdict = z.infer<typeof VerdictSchema>;
