import { z } from 'zod';
import { FlagIdSchema, SkillStatusSchema, type Verdict } from './verdict';

/**
 * What pyvet made of the candidate against a role when they were last saved
 * from a sidebar or the popup, so shortlists can filter and compare without
 * a GitHub request.
 */
export const AssessmentSchema = z.object({
  role: z.object({ id: z.string().max(200), name: z.string().max(200) }),
  mustHaves: z
    .array(z.object({ skill: z.string().max(100), status: SkillStatusSchema }))
    .max(100),
  flags: z.array(FlagIdSchema).max(50),
  /** "4 of 6 must-haves evidenced, …" */
  summary: z.string().max(500),
  at: z.number(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/** What a saved candidate keeps of a verdict: enough to filter and compare shortlists without GitHub. */
export function assessmentOf(verdict: Verdict, now: number): Assessment {
  return {
    role: verdict.role,
    mustHaves: verdict.mustHaves.map(({ skill, status }) => ({ skill, status })),
    flags: verdict.flags.map((flag) => flag.id),
    summary: verdict.summary.slice(0, 500),
    at: now,
  };
}

/** Must-have skills the reviewer can score; "ask in interview" ones too, since scoring them is the point of asking. */
export function scorableMustHaves(verdict: Verdict): string[] {
  return verdict.mustHaves.map((match) => match.skill);
}
