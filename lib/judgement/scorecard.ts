import { z } from 'zod';

/** The built-in role templates (templates.ts, from the hiring playbook pyvet follows); users' own scorecards have none. */
export const TemplateIdSchema = z.enum(['backend', 'data', 'ai']);
export type TemplateId = z.infer<typeof TemplateIdSchema>;

/**
 * A role the hiring manager holds candidates against: three buckets of
 * skills, named as people write them ("PostgreSQL", "API design").
 */
export const RoleScorecardSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(120),
  /** The template it started from, so it can be reset; null for a scorecard made from scratch. */
  templateId: TemplateIdSchema.nullable(),
  mustHave: z.array(z.string().min(1).max(120)).max(40),
  niceToHave: z.array(z.string().min(1).max(120)).max(40),
  /** Used by the team, but never counted against a candidate. */
  notRequired: z.array(z.string().min(1).max(120)).max(40),
  updatedAt: z.number(),
});
export type RoleScorecard = z.infer<typeof RoleScorecardSchema>;

/** Judgement thresholds, kept in settings; changing one re-evaluates without any request. */
export const ThresholdsSchema = z.object({
  /** Python work older than this many months is stale. */
  staleMonths: z.number().int().min(1).max(60),
  /** Below this share of Python among own repositories with a language, Python activity is weak. */
  weakPythonShare: z.number().min(0).max(1),
  /** More must-haves than this makes a kitchen-sink role. */
  maxMustHaves: z.number().int().min(1).max(40),
  /** Claiming expertise in at least this many Python subfields at once is a kitchen-sink claim. */
  kitchenSinkSubfields: z.number().int().min(2).max(20),
  /** A senior rate below this fraction of the region's band low end is asked about. */
  lowRateRatio: z.number().min(0).max(1),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

export const DEFAULT_THRESHOLDS: Thresholds = {
  staleMonths: 12,
  weakPythonShare: 0.3,
  maxMustHaves: 8,
  kitchenSinkSubfields: 5,
  lowRateRatio: 0.5,
};
