import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportFileName, SHORTLIST_CSV_HEADER, shortlistCsv, shortlistJson, ShortlistExportSchema } from '@/lib/shortlists/export/shortlist-export';
import type { Candidate, QuickScores } from '@/lib/shortlists/records';
import type { Assessment } from '@/lib/judgement/assessment';
import { candidateRecord } from '../../support/candidates';

const SAVED = Date.parse('2026-11-20T10:00:00Z');
const UPDATED = Date.parse('2026-11-21T10:00:00Z');

const ASSESSMENT: Assessment = {
  role: { id: 'template-backend', name: 'Product backend' },
  mustHaves: [{ skill: 'FastAPI', status: 'evidenced' }],
  flags: ['no-tests', 'stale-python'],
  summary: '4 of 6 must-haves evidenced, 1 claimed only, 1 not found',
  at: UPDATED,
};

function candidate(overrides: Partial<Candidate> = {}): Candidate {
  return candidateRecord({
    id: 'ada',
    githubLogin: 'ada',
    displayName: 'Ada Lovelace',
    profileUrls: ['https://github.com/ada', 'https://www.upwork.com/freelancers/~01ada'],
    stage: 'technical-screen',
    note: 'Strong tests, ask about Postgres',
    tags: ['remote', 'senior'],
    scores: { FastAPI: 5, PostgreSQL: 4 },
    assessment: ASSESSMENT,
    createdAt: SAVED,
    updatedAt: UPDATED,
    ...overrides,
  });
}

/** The CSV as a spreadsheet reads it: one record per row, by column name. */
function parsed(csv: string): Record<(typeof SHORTLIST_CSV_HEADER)[number], string>[] {
  return Papa.parse<Record<(typeof SHORTLIST_CSV_HEADER)[number], string>>(csv, { header: true, skipEmptyLines: true }).data;
}

describe('shortlistCsv', () => {
  it('keeps the earlier columns first and adds the assessment ones after them', () => {
    expect(shortlistCsv([]).split('\r\n')[0]).toBe(
      'name,github_login,stage,note,profiles,saved_at,updated_at,tags,average_score,role,must_haves,flags,ats_records,stage_outcomes',
    );
  });

  it('writes one row per candidate that round-trips through a CSV parser', () => {
    const ats = {
      ashby: { id: 'ash-1', url: 'https://app.ashbyhq.com/candidates/ash-1', sentAt: UPDATED },
      lever: { id: 'opp-1', url: 'https://hire.lever.co/candidates/opp-1', sentAt: UPDATED },
    };
    const history: Candidate['history'] = [
      { at: SAVED, stage: 'technical-screen', note: '', outcome: { kit: 'technical-screen', result: 'hold', checks: [] } },
      { at: UPDATED, stage: 'practical-task', note: '', outcome: { kit: 'technical-screen', result: 'advance', checks: ['GIL'] } },
      { at: UPDATED, stage: 'practical-task', note: '', outcome: { kit: 'first-30-days', result: 'reject', checks: [] } },
    ];
    const csv = shortlistCsv([candidate({ ats, history }), candidate({ id: 'bob', displayName: 'Bob, "the builder"', githubLogin: 'bob', note: 'line one\nline two' })]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [ada, bob] = parsed(csv);
    expect(ada).toEqual({
      name: 'Ada Lovelace',
      github_login: 'ada',
      stage: 'Technical screen',
      note: 'Strong tests, ask about Postgres',
      profiles: 'https://github.com/ada https://www.upwork.com/freelancers/~01ada',
      saved_at: '2026-11-20T10:00:00.000Z',
      updated_at: '2026-11-21T10:00:00.000Z',
      tags: 'remote; senior',
      average_score: '4.5',
      role: 'Product backend',
      must_haves: '4 of 6 must-haves evidenced, 1 claimed only, 1 not found',
      flags: 'no-tests; stale-python',
      ats_records: 'Ashby: https://app.ashbyhq.com/candidates/ash-1; Lever: https://hire.lever.co/candidates/opp-1',
      stage_outcomes: 'Technical screen: advance (2026-11-21); First 30 days: reject (2026-11-21)',
    });
    expect(bob).toMatchObject({ name: 'Bob, "the builder"', note: 'line one\nline two', ats_records: '', stage_outcomes: '' });
  });

  it('leaves the new columns empty for a candidate never assessed, scored or tagged', () => {
    const [row] = parsed(shortlistCsv([candidate({ displayName: null, githubLogin: null, tags: [], scores: {}, assessment: null })]));
    expect(row).toMatchObject({ name: '', github_login: '', tags: '', average_score: '', role: '', must_haves: '', flags: '' });
  });

  it.each<[QuickScores, string]>([
    [{ FastAPI: 4 }, '4.0'],
    [{ FastAPI: 4, PostgreSQL: 5 }, '4.5'],
    [{ FastAPI: 1, PostgreSQL: 2, pytest: 2 }, '1.7'],
    [{}, ''],
  ])('writes the average of %o as %j', (scores, averageScore) => {
    expect(parsed(shortlistCsv([candidate({ scores })]))[0]?.average_score).toBe(averageScore);
  });

  it.each<[string, Partial<Candidate>, keyof ReturnType<typeof parsed>[number]]>([
    ['a name', { displayName: '=HYPERLINK("http://evil.example")' }, 'name'],
    ['a login', { githubLogin: '+1+1' }, 'github_login'],
    ['a note', { note: '=cmd|calc' }, 'note'],
    ['a profile', { profileUrls: ['-2+3'] }, 'profiles'],
    ['a first tag', { tags: ['@SUM(A1)', 'remote'] }, 'tags'],
    ['a role name', { assessment: { ...ASSESSMENT, role: { id: 'x', name: '=role' } } }, 'role'],
    ['a summary', { assessment: { ...ASSESSMENT, summary: '\t=1' } }, 'must_haves'],
  ])('neutralizes %s a spreadsheet would run as a formula', (_, overrides, column) => {
    const [row] = parsed(shortlistCsv([candidate(overrides)]));
    expect(row?.[column]).toMatch(/^'[=+\-@\t]/);
  });
});

describe('shortlistJson', () => {
  it('writes a versioned document that parses back to the same candidates, stage outcomes included', () => {
    const outcome = { kit: 'technical-screen' as const, result: 'advance' as const, checks: ['GIL'] };
    const candidates = [candidate({ history: [{ at: UPDATED, stage: 'practical-task', note: 'Good.', outcome }] }), candidate({ id: 'bob', assessment: null, scores: {} })];
    const json = shortlistJson({ name: 'Backend' }, candidates, UPDATED);
    expect(ShortlistExportSchema.parse(JSON.parse(json))).toEqual({
      format: 'pyvet-shortlist',
      version: 1,
      exportedAt: '2026-11-21T10:00:00.000Z',
      shortlist: { name: 'Backend' },
      candidates,
    });
  });
});

describe('exportFileName', () => {
  it.each([
    ['Backend Q4', 'csv', 'pyvet-backend-q4.csv'],
    ['  Données / IA!  ', 'json', 'pyvet-donn-es-ia.json'],
    ['***', 'csv', 'pyvet-shortlist.csv'],
  ] as const)('names %j as %s', (name, extension, fileName) => {
    expect(exportFileName(name, extension)).toBe(fileName);
  });
});
