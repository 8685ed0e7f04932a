import { z } from 'zod';
import { CandidateSchema, STAGE_LABELS, type Candidate, type Shortlist } from '../store/records';
import { toCsv } from './csv';

/** The JSON export format; `version` changes only with a migration for older files. */
export const ShortlistExportSchema = z.object({
  format: z.literal('pyvet-shortlist'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  shortlist: z.object({ name: z.string() }),
  candidates: z.array(CandidateSchema),
});
export type ShortlistExport = z.infer<typeof ShortlistExportSchema>;

export function shortlistJson(shortlist: Shortlist, candidates: readonly Candidate[], now: number): string {
  const document: ShortlistExport = {
    format: 'pyvet-shortlist',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    shortlist: { name: shortlist.name },
    candidates: [...candidates],
  };
  return `${JSON.stringify(ShortlistExportSchema.parse(document), null, 2)}\n`;
}

export const SHORTLIST_CSV_HEADER = ['name', 'github_login', 'stage', 'note', 'profiles', 'saved_at', 'updated_at'] as const;

/** One row per candidate; opens safely in Excel, Numbers and Google Sheets. */
export function shortlistCsv(candidates: readonly Candidate[]): string {
  return `${toCsv(
    SHORTLIST_CSV_HEADER,
    candidates.map((candidate) => [
      candidate.displayName ?? '',
      candidate.githubLogin ?? '',
      STAGE_LABELS[candidate.stage],
      candidate.note,
      candidate.profileUrls.join(' '),
      new Date(candidate.createdAt).toISOString(),
      new Date(candidate.updatedAt).toISOString(),
    ]),
  )}\r\n`;
}

/** A file name from a shortlist name: letters, digits and dashes only. */
export function exportFileName(shortlistName: string, extension: 'csv' | 'json'): string {
  const slug = shortlistName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'shortlist';
  return `pyvet-${slug}.${extension}`;
}
