import { z } from 'zod';
import { RoleScorecardSchema, ThresholdsSchema } from '../../judgement/scorecard';
import { CandidateSchema, ShortlistSchema } from '../records';

/**
 * Everything pyvet keeps about the user's hiring, in one versioned file.
 * The GitHub token and cached GitHub answers are never part of it.
 */
export const BackupSchema = z.object({
  format: z.literal('pyvet-backup'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  candidates: z.array(CandidateSchema),
  shortlists: z.array(ShortlistSchema),
  scorecards: z.array(RoleScorecardSchema),
  settings: z.object({ activeRoleId: z.string(), thresholds: ThresholdsSchema, freshnessHours: z.number() }),
});
export type Backup = z.infer<typeof BackupSchema>;

export function backupJson(backup: Omit<Backup, 'format' | 'version' | 'exportedAt'>, now: number): string {
  const document: Backup = { format: 'pyvet-backup', version: 1, exportedAt: new Date(now).toISOString(), ...backup };
  return `${JSON.stringify(BackupSchema.parse(document), null, 2)}\n`;
}
