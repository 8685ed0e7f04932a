import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '@/lib/judgement/assessment';
import { ATS_NOTE_LIMIT, atsPerson } from '@/lib/shortlists/export/ats-person';
import { ATS_PRESET_IDS, ATS_PRESETS, atsCsv, atsCsvFileName, type AtsPresetId } from '@/lib/shortlists/export/ats-presets';
import type { Candidate } from '@/lib/shortlists/records';
import { candidateRecord } from '../../support/candidates';

const ASSESSED = Date.parse('2026-11-21T10:00:00Z');

const ASSESSMENT: Assessment = {
  role: { id: 'template-backend', name: 'Product backend' },
  mustHaves: [
    { skill: 'FastAPI', status: 'evidenced' },
    { skill: 'PostgreSQL', status: 'claimed' },
  ],
  flags: ['no-tests', 'stale-python'],
  summary: '1 of 2 must-haves evidenced, 1 claimed only',
  at: ASSESSED,
};

const GITHUB = 'https://github.com/ada';
const LINKEDIN = 'https://www.linkedin.com/in/ada-lovelace';
const UPWORK = 'https://www.upwork.com/freelancers/~01ada';

/** Everything pyvet can know about a person, with commas, quotes and a new line in the reviewer's note. */
function fullCandidate(overrides: Partial<Candidate> = {}): Candidate {
  return candidateRecord({
    id: 'ada',
    githubLogin: 'ada',
    displayName: '  Ada  King Lovelace ',
    profileUrls: [GITHUB, LINKEDIN, UPWORK, UPWORK, 'javascript:alert(1)'],
    stage: 'technical-screen',
    note: 'Strong tests, ask about "Postgres"\nsecond line',
    tags: ['remote', 'no tests'],
    scores: { FastAPI: 5, PostgreSQL: 4 },
    assessment: ASSESSMENT,
    ...overrides,
  });
}

const FULL_NOTE = [
  'pyvet verdict against Product backend (2026-11-21):\n1 of 2 must-haves evidenced, 1 claimed only',
  'Must-haves:\n- FastAPI: Evidenced\n- PostgreSQL: Claimed only',
  'Red flags:\n' +
    '- No tests. Ask (Test strategy): You inherit an untested FastAPI service: what would you automate first to cut regression risk (API tests with pytest, database fixtures, contract tests)?\n' +
    '- Stale Python. Ask (Async traps): A FastAPI endpoint declared async def calls a blocking library (requests, a sync database driver). What happens under load, and how would you find and fix it?',
  'Stage: Technical screen',
  'Reviewer\'s note:\nStrong tests, ask about "Postgres"\nsecond line',
  'Quick scores: 4.5 of 5 on average',
  `Profiles:\n${GITHUB}\n${LINKEDIN}\n${UPWORK}`,
].join('\n\n');

const oneWord = candidateRecord({ id: 'defunkt', githubLogin: 'defunkt', profileUrls: ['https://github.com/defunkt'] });
const unassessed = candidateRecord({ id: 'grace', displayName: 'Grace Hopper', profileUrls: ['https://github.com/ghopper?tab=repositories'], tags: ['cobol'] });
const nameless = candidateRecord({ id: 'anon', profileUrls: [UPWORK] });

/** The file as a spreadsheet reads it: the header row, then one array of cells per candidate. */
function rowsOf(csv: string): string[][] {
  expect(csv.endsWith('\r\n')).toBe(true);
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
}

describe('atsPerson', () => {
  it('splits the name, sorts the links and writes the note from what pyvet saved', () => {
    expect(atsPerson(fullCandidate())).toEqual({
      candidateId: 'ada',
      fullName: 'Ada King Lovelace',
      firstName: 'Ada King',
      lastName: 'Lovelace',
      email: null,
      githubUrl: GITHUB,
      linkedInUrl: LINKEDIN,
      otherUrls: [UPWORK],
      headline: 'Product backend · 1 of 2 must-haves evidenced, 1 claimed only',
      note: FULL_NOTE,
      tags: ['remote', 'no tests', 'Stale Python'],
      stageLabel: 'Technical screen',
      ats: {},
    });
  });

  it('takes the GitHub profile from the saved links when there is no login, and says plainly when nothing was analyzed', () => {
    const person = atsPerson(unassessed);
    expect(person).toMatchObject({ firstName: 'Grace', lastName: 'Hopper', githubUrl: 'https://github.com/ghopper', otherUrls: [], headline: null });
    expect(person.note).toBe('Not analyzed against a role yet.\n\nStage: Profile filter\n\nProfiles:\nhttps://github.com/ghopper');
  });

  it('never invents a first name, and keeps the ATS records the candidate already has', () => {
    const lever = { id: 'opp-1', url: 'https://hire.lever.co/candidates/opp-1', sentAt: 1 };
    expect(atsPerson({ ...oneWord, ats: { lever } })).toMatchObject({ fullName: 'defunkt', firstName: null, lastName: 'defunkt', ats: { lever } });
    expect(atsPerson(nameless)).toMatchObject({ fullName: '', firstName: null, lastName: '', githubUrl: null, otherUrls: [UPWORK] });
  });

  it('lists each stage kit\'s latest outcome after the stage, and leaves the section out when there are none', () => {
    const history: Candidate['history'] = [
      { at: ASSESSED, stage: 'technical-screen', note: '', outcome: { kit: 'technical-screen', result: 'hold', checks: [] } },
      { at: ASSESSED + 86_400_000, stage: 'practical-task', note: '', outcome: { kit: 'technical-screen', result: 'advance', checks: [] } },
      { at: ASSESSED + 86_400_000, stage: 'practical-task', note: '', outcome: { kit: 'practical-task', result: 'hold', checks: [] } },
    ];
    const { note } = atsPerson(fullCandidate({ stage: 'practical-task', history }));
    expect(note).toContain('Stage: Practical task\n\nStage outcomes:\n- Technical screen: advance (2026-11-22)\n- Practical task: hold (2026-11-22)\n\nReviewer\'s note:');
    expect(atsPerson(fullCandidate()).note).not.toContain('Stage outcomes');
  });

  it(`cuts a long note at ${ATS_NOTE_LIMIT} characters`, () => {
    const profileUrls = Array.from({ length: 50 }, (_, index) => `https://example.com/${index}/${'x'.repeat(1900)}`);
    const { note } = atsPerson(fullCandidate({ profileUrls }));
    expect(note).toHaveLength(ATS_NOTE_LIMIT);
    expect(note.endsWith('…')).toBe(true);
  });
});

describe('atsCsv: Greenhouse prospects', () => {
  it('writes the template header and a full candidate cell by cell', () => {
    const [header, row] = rowsOf(atsCsv('greenhouse', [fullCandidate()]).csv);
    expect(header).toEqual(['First Name', 'Last Name', 'Company', 'Title', 'Email', 'Phone', 'Social Media', 'Website', 'Notes', 'Source', 'Tags']);
    expect(row).toEqual([
      'Ada King',
      'Lovelace',
      '',
      '',
      '',
      '',
      `${GITHUB}, ${LINKEDIN}`,
      UPWORK,
      FULL_NOTE,
      'pyvet',
      'remote, no tests, Stale Python',
    ]);
  });

  it('skips a one-word name, since Greenhouse requires a first name', () => {
    const result = atsCsv('greenhouse', [oneWord, fullCandidate()]);
    expect(result.written).toBe(1);
    expect(result.skipped).toEqual([
      { candidateId: 'defunkt', name: 'defunkt', reason: 'Greenhouse requires First Name: the name is one word, and pyvet never invents a first name' },
    ]);
    expect(rowsOf(result.csv).map((row) => row[1])).toEqual(['Last Name', 'Lovelace']);
  });

  it('writes a candidate without an assessment', () => {
    const [, row] = rowsOf(atsCsv('greenhouse', [unassessed]).csv);
    expect(row).toEqual(['Grace', 'Hopper', '', '', '', '', 'https://github.com/ghopper', '', atsPerson(unassessed).note, 'pyvet', 'cobol']);
  });
});

describe('atsCsv: Lever candidates', () => {
  it('writes the template header and a full candidate cell by cell, with Lever’s separators', () => {
    const [header, row] = rowsOf(atsCsv('lever', [fullCandidate()]).csv);
    expect(header).toEqual(['Full name', 'Stage', 'Sources', 'Origin', 'Email', 'Links', 'Tags']);
    expect(row).toEqual(['Ada King Lovelace', 'Phone Interview', 'pyvet', 'Sourced', '', `${GITHUB}, ${LINKEDIN}, ${UPWORK}`, 'remote,no tests,Stale Python']);
  });

  it('writes a one-word name as the full name', () => {
    const result = atsCsv('lever', [oneWord]);
    expect(result.skipped).toEqual([]);
    expect(rowsOf(result.csv)[1]).toEqual(['defunkt', 'New Lead', 'pyvet', 'Sourced', '', 'https://github.com/defunkt', '']);
  });

  it('maps every pyvet stage onto Lever’s default pipeline', () => {
    const stages = (['profile-filter', 'technical-screen', 'practical-task', 'architecture-interview', 'soft-skills', 'close'] as const).map(
      (stage) => rowsOf(atsCsv('lever', [fullCandidate({ stage })]).csv)[1]?.[1],
    );
    expect(stages).toEqual(['New Lead', 'Phone Interview', 'Phone Interview', 'On-site Interview', 'On-site Interview', 'Offer']);
  });

  it('writes a candidate without an assessment', () => {
    expect(rowsOf(atsCsv('lever', [unassessed]).csv)[1]).toEqual(['Grace Hopper', 'New Lead', 'pyvet', 'Sourced', '', 'https://github.com/ghopper', 'cobol']);
  });
});

describe('atsCsv: Ashby candidates', () => {
  it('writes the header and a full candidate cell by cell, one address per link column', () => {
    const [header, row] = rowsOf(atsCsv('ashby', [fullCandidate()]).csv);
    expect(header).toEqual(['Name', 'Email', 'LinkedIn URL', 'GitHub URL', 'Website', 'Source', 'Notes']);
    expect(row).toEqual(['Ada King Lovelace', '', LINKEDIN, GITHUB, UPWORK, 'pyvet', FULL_NOTE]);
  });

  it('writes a one-word name and a candidate without an assessment', () => {
    const [, defunkt, grace] = rowsOf(atsCsv('ashby', [oneWord, unassessed]).csv);
    expect(defunkt).toEqual(['defunkt', '', '', 'https://github.com/defunkt', '', 'pyvet', atsPerson(oneWord).note]);
    expect(grace).toEqual(['Grace Hopper', '', '', 'https://github.com/ghopper', '', 'pyvet', atsPerson(unassessed).note]);
    expect(grace?.[6]?.startsWith('Not analyzed against a role yet.')).toBe(true);
  });
});

describe('atsCsv: Workable candidates', () => {
  it('writes the header and a full candidate cell by cell', () => {
    const [header, row] = rowsOf(atsCsv('workable', [fullCandidate()]).csv);
    expect(header).toEqual(['First name', 'Last name', 'Email', 'Headline', 'Social profiles', 'Tags', 'Summary']);
    expect(row).toEqual([
      'Ada King',
      'Lovelace',
      '',
      'Product backend · 1 of 2 must-haves evidenced, 1 claimed only',
      `${GITHUB}, ${LINKEDIN}, ${UPWORK}`,
      'remote, no tests, Stale Python',
      FULL_NOTE,
    ]);
  });

  it('leaves the first name empty for a one-word name, and the headline for a candidate without an assessment', () => {
    const [, defunkt, grace] = rowsOf(atsCsv('workable', [oneWord, unassessed]).csv);
    expect(defunkt?.slice(0, 4)).toEqual(['', 'defunkt', '', '']);
    expect(grace?.slice(0, 6)).toEqual(['Grace', 'Hopper', '', '', 'https://github.com/ghopper', 'cobol']);
  });
});

describe('atsCsv: every preset', () => {
  it.each(ATS_PRESET_IDS)('%s: skips a person with no name to give, with the reason, and writes the rest', (presetId) => {
    const result = atsCsv(presetId, [nameless, unassessed]);
    expect(result.written).toBe(1);
    expect(result.skipped).toEqual([
      { candidateId: 'anon', name: UPWORK, reason: `${ATS_PRESETS[presetId].name} requires a name: the record has neither a display name nor a GitHub login` },
    ]);
    expect(rowsOf(result.csv)).toHaveLength(2);
  });

  it.each(ATS_PRESET_IDS)('%s: cells a spreadsheet would run as formulas stay inert', (presetId) => {
    const hostile = fullCandidate({ displayName: '=HYPERLINK("http://evil.example") Evil', tags: ['-remote'] });
    const cells = rowsOf(atsCsv(presetId, [hostile]).csv)[1] ?? [];
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    expect(cells.some((cell) => cell.startsWith('\'=HYPERLINK("http://evil.example")'))).toBe(true);
  });

  it.each(['greenhouse', 'lever', 'workable'] as const)('%s: a tag starting with "-" stays inert in the Tags cell', (presetId) => {
    const [header, row] = rowsOf(atsCsv(presetId, [fullCandidate({ tags: ['-remote'] })]).csv);
    expect(row?.[header?.indexOf('Tags') ?? -1]?.startsWith("'-remote")).toBe(true);
  });

  it.each(['greenhouse', 'ashby', 'workable'] as const)('%s: a reviewer’s note starting with "=" only ever sits inside the ATS note', (presetId) => {
    const [, row] = rowsOf(atsCsv(presetId, [fullCandidate({ note: '=1+1' })]).csv);
    const note = row?.find((cell) => cell.startsWith('pyvet verdict'));
    expect(note).toContain("Reviewer's note:\n=1+1");
  });

  it.each(ATS_PRESET_IDS)('%s: commas, quotes and new lines round-trip through a CSV parser', (presetId) => {
    const tricky = fullCandidate({ displayName: 'Ada "the first", Lovelace' });
    const csv = atsCsv(presetId, [tricky]).csv;
    const parsed = rowsOf(csv);
    expect(parsed).toHaveLength(2);
    expect(parsed[1]).toHaveLength(ATS_PRESETS[presetId].columns.length);
    expect(parsed[1]?.some((cell) => cell.includes('Ada "the first",'))).toBe(true);
    if (presetId !== 'lever') expect(parsed[1]).toContain(atsPerson(tricky).note);
  });

  it('records where each preset’s columns come from and when they were checked', () => {
    for (const presetId of ATS_PRESET_IDS) {
      const { source } = ATS_PRESETS[presetId];
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.checked).toBe('2026-11-30');
    }
  });

  it.each([
    ['greenhouse', 'pyvet-backend-hires-greenhouse.csv'],
    ['workable', 'pyvet-backend-hires-workable.csv'],
  ] as [AtsPresetId, string][])('names the %s file after the shortlist and the ATS', (presetId, fileName) => {
    expect(atsCsvFileName('Backend hires!', presetId)).toBe(fileName);
  });
});
