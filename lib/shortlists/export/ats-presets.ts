import type { Candidate, Stage } from '../records';
import { atsPerson, profileUrlsOf, type AtsPerson } from './ats-person';
import { toCsv } from './csv';
import { exportFileName } from './shortlist-export';

/**
 * CSV files each applicant tracking system's own importer takes: one preset
 * per vendor, written down as data (columns, required ones, separators and
 * where the rules come from), so a vendor changing its template is a change
 * here and nowhere else.
 */

export const ATS_PRESET_IDS = ['greenhouse', 'lever', 'ashby', 'workable'] as const;
export type AtsPresetId = (typeof ATS_PRESET_IDS)[number];

type CellSource = (person: AtsPerson, candidate: Candidate) => string | null;

/** One column: a single value, or a list joined with the separator the vendor documents. */
export type AtsColumn = {
  header: string;
  /** Set when the vendor's importer rejects a row without this column: why pyvet can lack it. */
  ifMissing?: string;
} & ({ cell: CellSource } | { list: (person: AtsPerson) => readonly (string | null)[]; separator: string });

export interface AtsPreset {
  id: AtsPresetId;
  name: string;
  /** Where the column names and rules come from, when they were last checked, and what the page says that matters here. */
  source: { url: string; checked: string; notes: string };
  columns: readonly AtsColumn[];
}

/** How every row names where the person came from. */
const SOURCE = 'pyvet';
const CHECKED = '2026-11-30';

const NO_NAME = 'the record has neither a display name nor a GitHub login';
const ONE_WORD_NAME = 'the name is one word, and pyvet never invents a first name';

/**
 * pyvet's funnel on Lever's default pipeline (Lead: New Lead, Reached Out,
 * Responded; Applicant: New Applicant; Interview: Recruiter Screen, Phone
 * Interview, On-site Interview, Offer). A profile still being filtered is a
 * sourced lead not yet contacted. Lever has no take-home stage by default, so
 * the practical task stays with the phone interview, before the on-site rounds
 * the architecture and soft-skills interviews are.
 */
export const LEVER_STAGES: Record<Stage, string> = {
  'profile-filter': 'New Lead',
  'technical-screen': 'Phone Interview',
  'practical-task': 'Phone Interview',
  'architecture-interview': 'On-site Interview',
  'soft-skills': 'On-site Interview',
  close: 'Offer',
};

export const ATS_PRESETS: Record<AtsPresetId, AtsPreset> = {
  greenhouse: {
    id: 'greenhouse',
    name: 'Greenhouse',
    source: {
      url: 'https://support.greenhouse.io/hc/en-us/articles/203871039-Bulk-import-prospects-from-spreadsheet',
      checked: CHECKED,
      notes:
        'Prospect import: "The First and Last Name are required fields"; the default fields include Company, Title, Email, Phone, Social Media, Website, Notes and Source. ' +
        'Tags is per the issue\'s listing (the article does not list it), and it names no separator for several addresses or tags, so pyvet uses ", ".',
    },
    columns: [
      { header: 'First Name', cell: (person) => person.firstName, ifMissing: ONE_WORD_NAME },
      { header: 'Last Name', cell: (person) => person.lastName, ifMissing: NO_NAME },
      // pyvet does not know where the person works or their job title, and the verdict is not a title.
      { header: 'Company', cell: () => null },
      { header: 'Title', cell: () => null },
      { header: 'Email', cell: (person) => person.email },
      { header: 'Phone', cell: () => null },
      { header: 'Social Media', list: (person) => [person.githubUrl, person.linkedInUrl], separator: ', ' },
      { header: 'Website', list: (person) => person.otherUrls, separator: ', ' },
      { header: 'Notes', cell: (person) => person.note },
      { header: 'Source', cell: () => SOURCE },
      { header: 'Tags', list: (person) => person.tags, separator: ', ' },
    ],
  },
  lever: {
    id: 'lever',
    name: 'Lever',
    source: {
      url: 'https://help.lever.co/hc/en-us/articles/204498425-How-do-I-add-multiple-import-many-candidates-',
      checked: CHECKED,
      notes:
        'Must be filled: Full name, Stage, Sources, Origin (one of Applied, Sourced, Referred, University, Internal, Agency). ' +
        'Links are separated by a comma and a space; tags and sources by a comma without a space. Stage names must match exactly ("New Lead"); ' +
        'the default stages are from https://help.lever.co/hc/en-us/articles/205582549. Lever finds duplicates by e-mail, which pyvet does not have.',
    },
    columns: [
      { header: 'Full name', cell: (person) => person.fullName, ifMissing: NO_NAME },
      { header: 'Stage', cell: (_person, candidate) => LEVER_STAGES[candidate.stage], ifMissing: 'the stage has no Lever name' },
      { header: 'Sources', cell: () => SOURCE, ifMissing: 'no source name' },
      { header: 'Origin', cell: () => 'Sourced', ifMissing: 'no origin name' },
      { header: 'Email', cell: (person) => person.email },
      { header: 'Links', list: profileUrlsOf, separator: ', ' },
      { header: 'Tags', list: (person) => person.tags, separator: ',' },
    ],
  },
  ashby: {
    id: 'ashby',
    name: 'Ashby',
    source: {
      url: 'https://docs.ashbyhq.com/bulk-import-options',
      checked: CHECKED,
      notes:
        'The CSV importer maps columns by hand; names follow the issue\'s listing and Ashby\'s candidate fields (name, email, LinkedIn URL, GitHub URL, website; only the name is required). ' +
        'https://docs.ashbyhq.com/self-serve-importing-candidates-via-bulk-import says notes and long text fields are not imported, so the note may not arrive. ' +
        'Each link column takes one address; the profile list in the note keeps the rest.',
    },
    columns: [
      { header: 'Name', cell: (person) => person.fullName, ifMissing: NO_NAME },
      { header: 'Email', cell: (person) => person.email },
      { header: 'LinkedIn URL', cell: (person) => person.linkedInUrl },
      { header: 'GitHub URL', cell: (person) => person.githubUrl },
      { header: 'Website', cell: (person) => person.otherUrls[0] ?? null },
      { header: 'Source', cell: () => SOURCE },
      { header: 'Notes', cell: (person) => person.note },
    ],
  },
  workable: {
    id: 'workable',
    name: 'Workable',
    source: {
      url: 'https://help.workable.com/hc/en-us/articles/115012497707-Importing-candidate-data-from-spreadsheet',
      checked: CHECKED,
      notes:
        'Workable imports the filled template for you; the template\'s column headings could not be read, so the columns are per the issue\'s listing, ' +
        'and so is the separator (", ") for social profiles and tags. The template also asks for an admin\'s e-mail in cell F1, which pyvet cannot know.',
    },
    columns: [
      { header: 'First name', cell: (person) => person.firstName },
      { header: 'Last name', cell: (person) => person.lastName, ifMissing: NO_NAME },
      { header: 'Email', cell: (person) => person.email },
      { header: 'Headline', cell: (person) => person.headline },
      { header: 'Social profiles', list: profileUrlsOf, separator: ', ' },
      { header: 'Tags', list: (person) => person.tags, separator: ', ' },
      { header: 'Summary', cell: (person) => person.note },
    ],
  },
};

export interface SkippedCandidate {
  candidateId: string;
  name: string;
  reason: string;
}

export interface AtsCsv {
  csv: string;
  written: number;
  skipped: SkippedCandidate[];
}

/** The vendor's import file; a person missing a column the vendor requires is skipped with the reason, never filled in. */
export function atsCsv(presetId: AtsPresetId, candidates: readonly Candidate[]): AtsCsv {
  const preset = ATS_PRESETS[presetId];
  const rows: string[][] = [];
  const skipped: SkippedCandidate[] = [];
  for (const candidate of candidates) {
    const person = atsPerson(candidate);
    const row = preset.columns.map((column) => cellOf(column, person, candidate));
    const missing = preset.columns.find((column, index) => column.ifMissing !== undefined && row[index] === '');
    if (missing) skipped.push(skippedCandidate(preset, missing, person, candidate));
    else rows.push(row);
  }
  const header = preset.columns.map((column) => column.header);
  return { csv: `${toCsv(header, rows)}\r\n`, written: rows.length, skipped };
}

function skippedCandidate(preset: AtsPreset, missing: AtsColumn, person: AtsPerson, candidate: Candidate): SkippedCandidate {
  // Without any name, that is the reason, whichever name column comes first (Greenhouse's First Name would blame one word).
  const reason = person.fullName ? `${preset.name} requires ${missing.header}: ${missing.ifMissing}` : `${preset.name} requires a name: ${NO_NAME}`;
  return { candidateId: candidate.id, name: person.fullName || candidate.profileUrls[0] || candidate.id, reason };
}

function cellOf(column: AtsColumn, person: AtsPerson, candidate: Candidate): string {
  if ('cell' in column) return column.cell(person, candidate) ?? '';
  return column.list(person).filter((value) => value !== null).join(column.separator);
}

/** "pyvet-backend-hires-greenhouse.csv" */
export function atsCsvFileName(shortlistName: string, presetId: AtsPresetId): string {
  return exportFileName(shortlistName, 'csv', presetId);
}
