import { z } from 'zod';
import { describeOutcomes } from '../stage-outcomes';
import { averageScore } from '../summary';
import { ATS_VENDOR_NAMES, AtsVendorSchema, CandidateSchema, STAGE_LABELS, type Candidate, type Shortlist } from '../records';
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

export function shortlistJson(shortlist: Pick<Shortlist, 'name'>, candidates: readonly Candidate[], now: number): string {
  const document: ShortlistExport = {
    format: 'pyvet-shortlist',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    shortlist: { name: shortlist.name },
    candidates: [...candidates],
  };
  return `${JSON.stringify(ShortlistExportSchema.parse(document), null, 2)}\n`;
}

/**
 * Several shortlists at once (the shortlists page's "All candidates" view):
 * the candidates and which shortlists hold them, by name.
 */
export const CandidatesExportSchema = z.object({
  format: z.literal('pyvet-candidates'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  candidates: z.array(CandidateSchema),
  shortlists: z.array(z.object({ name: z.string(), candidateIds: z.array(z.string()) })),
});
export type CandidatesExport = z.infer<typeof CandidatesExportSchema>;

/** The candidates with the shortlists that hold them (memberships of anyone not exported are left out). */
export function candidatesJson(candidates: readonly Candidate[], shortlists: readonly Shortlist[], now: number): string {
  const exportedIds = new Set(candidates.map((candidate) => candidate.id));
  const document: CandidatesExport = {
    format: 'pyvet-candidates',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    candidates: [...candidates],
    shortlists: shortlists
      .map(({ name, candidateIds }) => ({ name, candidateIds: candidateIds.filter((id) => exportedIds.has(id)) }))
      .filter((shortlist) => shortlist.candidateIds.length > 0),
  };
  return `${JSON.stringify(CandidatesExportSchema.parse(document), null, 2)}\n`;
}

// New columns go after the old ones, so sheets built on earlier exports keep their column letters.
export const SHORTLIST_CSV_HEADER = [
  'name',
  'github_login',
  'stage',
  'note',
  'profiles',
  'saved_at',
  'updated_at',
  'tags',
  'average_score',
  'role',
  'must_haves',
  'flags',
  'ats_records',
  'stage_outcomes',
] as const;

const LIST_SEPARATOR = '; ';

/** One row per candidate; opens safely in Excel, Numbers and Google Sheets. */
export function shortlistCsv(candidates: readonly Candidate[]): string {
  return `${toCsv(SHORTLIST_CSV_HEADER, candidates.map(csvRow))}\r\n`;
}

function csvRow(candidate: Candidate): string[] {
  const { assessment } = candidate;
  return [
    candidate.displayName ?? '',
    candidate.githubLogin ?? '',
    STAGE_LABELS[candidate.stage],
    candidate.note,
    candidate.profileUrls.join(' '),
    new Date(candidate.createdAt).toISOString(),
    new Date(candidate.updatedAt).toISOString(),
    candidate.tags.join(LIST_SEPARATOR),
    averageScore(candidate.scores)?.toFixed(1) ?? '',
    assessment?.role.name ?? '',
    assessment?.summary ?? '',
    assessment?.flags.join(LIST_SEPARATOR) ?? '',
    AtsVendorSchema.options.flatMap((vendor) => {
      const link = candidate.ats?.[vendor];
      return link ? [`${ATS_VENDOR_NAMES[vendor]}: ${link.url}`] : [];
    }).join(LIST_SEPARATOR),
    describeOutcomes(candidate.history).join(LIST_SEPARATOR),
  ];
}

/** A file name from a shortlist name (and what kind of export, if several share an extension): letters, digits and dashes only. */
export function exportFileName(shortlistName: string, extension: 'csv' | 'json', kind?: string): string {
  const slug = shortlistName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'shortlist';
  return `pyvet-${slug}${kind ? `-${kind}` : ''}.${extension}`;
}
