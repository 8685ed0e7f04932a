import { z } from 'zod';

/** The screening funnel of the hiring playbook pyvet follows, in order. */
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

/**
 * The stages pyvet prepares a kit for: the funnel after the profile filter,
 * then the first 30 days, which the playbook treats as the last screen
 * ("does this person work the way they interviewed?").
 */
export const KitIdSchema = z.enum(['technical-screen', 'practical-task', 'architecture-interview', 'soft-skills', 'close', 'first-30-days']);
export type KitId = z.infer<typeof KitIdSchema>;

export const KIT_LABELS: Record<KitId, string> = {
  'technical-screen': STAGE_LABELS['technical-screen'],
  'practical-task': STAGE_LABELS['practical-task'],
  'architecture-interview': STAGE_LABELS['architecture-interview'],
  'soft-skills': STAGE_LABELS['soft-skills'],
  close: STAGE_LABELS.close,
  'first-30-days': 'First 30 days',
};

/** What the reviewer decided at a stage. */
export const StageOutcomeSchema = z.enum(['advance', 'hold', 'reject']);
export type StageOutcome = z.infer<typeof StageOutcomeSchema>;
