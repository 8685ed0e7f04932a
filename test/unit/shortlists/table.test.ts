import { describe, expect, it } from 'vitest';
import type { RoleScorecard } from '@/lib/judgement/scorecard';
import {
  buildRows,
  candidateName,
  compareCandidates,
  DEFAULT_QUERY,
  filterOptions,
  queryRows,
  type CandidateRow,
  type TableQuery,
} from '@/lib/shortlists/table';
import type { Candidate, CandidateEvent, Shortlist } from '@/lib/shortlists/records';
import type { KitId, StageOutcome } from '@/lib/judgement/funnel';
import type { Assessment } from '@/lib/judgement/assessment';
import { summarize } from '@/lib/shortlists/summary';
import { candidateRecord } from '../../support/candidates';

const T0 = Date.parse('2026-11-01T10:00:00Z');

function candidate(id: string, overrides: Partial<Candidate> = {}): Candidate {
  return candidateRecord({ id, githubLogin: id, profileUrls: [`https://github.com/${id}`], createdAt: T0, updatedAt: T0, ...overrides });
}

function assessment(roleId: string, overrides: Partial<Assessment> = {}): Assessment {
  return { role: { id: roleId, name: `Role ${roleId}` }, mustHaves: [], flags: [], summary: '', at: T0, ...overrides };
}

/** A history entry recording a stage outcome. */
function outcome(at: number, kit: KitId, result: StageOutcome, checks: string[] = []): CandidateEvent {
  return { at, stage: 'technical-screen', note: '', outcome: { kit, result, checks } };
}

function shortlist(id: string, candidateIds: string[]): Shortlist {
  return { id, name: id, candidateIds, createdAt: T0, updatedAt: T0 };
}

const BACKEND: RoleScorecard = {
  id: 'backend',
  name: 'Product backend',
  templateId: 'backend',
  mustHave: ['FastAPI', 'PostgreSQL', 'pytest'],
  niceToHave: [],
  notRequired: [],
  updatedAt: T0,
};

/** Five candidates that differ in every field a filter or sort reads. */
const CANDIDATES: Candidate[] = [
  candidate('ada', {
    displayName: 'Ada Lovelace',
    stage: 'technical-screen',
    note: 'Strong FastAPI service, asked about Postgres',
    tags: ['Remote', 'senior'],
    scores: { FastAPI: 5, PostgreSQL: 4 },
    // Held, then advanced: only the latest counts.
    history: [outcome(T0, 'technical-screen', 'hold'), outcome(T0 + 1, 'technical-screen', 'advance', ['Explained the GIL'])],
    assessment: assessment('backend', {
      flags: ['no-tests'],
      mustHaves: [
        { skill: 'FastAPI', status: 'evidenced' },
        { skill: 'PostgreSQL', status: 'evidenced' },
        { skill: 'pytest', status: 'not-found' },
      ],
    }),
    updatedAt: T0 + 3,
  }),
  candidate('bob', {
    displayName: 'bob Builder',
    stage: 'close',
    note: 'rate above band',
    tags: ['remote'],
    scores: { FastAPI: 2 },
    history: [outcome(T0, 'technical-screen', 'advance'), outcome(T0 + 1, 'soft-skills', 'reject')],
    assessment: assessment('data', { mustHaves: [{ skill: 'SQL', status: 'evidenced' }] }),
    updatedAt: T0 + 1,
  }),
  candidate('chidi', {
    displayName: 'Chidi Okafor',
    stage: 'profile-filter',
    tags: ['senior', 'referral'],
    history: [outcome(T0, 'technical-screen', 'reject')],
    assessment: assessment('backend', { flags: ['stale-python', 'no-tests'], mustHaves: [{ skill: 'FastAPI', status: 'claimed' }] }),
    updatedAt: T0 + 5,
  }),
  candidate('dana', {
    displayName: 'Dana García',
    stage: 'technical-screen',
    note: 'notebook heavy',
    scores: { pytest: 3 },
    updatedAt: T0 + 2,
  }),
  candidate('elodie', {
    githubLogin: null,
    profileUrls: ['https://www.upwork.com/freelancers/~01abc/'],
    stage: 'practical-task',
    tags: ['@formula'],
    scores: { FastAPI: 4, PostgreSQL: 5, pytest: 3 },
    updatedAt: T0 + 4,
  }),
];
/** Rows as the page builds them: from the summaries stored beside the records. */
function rowsOf(candidates: readonly Candidate[], shortlists: readonly Shortlist[]): CandidateRow[] {
  return buildRows(candidates.map(summarize), shortlists);
}

const SHORTLISTS = [shortlist('backend-q4', ['ada', 'chidi', 'elodie']), shortlist('data', ['bob', 'ada']), shortlist('stale', ['gone'])];
const ROWS = rowsOf(CANDIDATES, SHORTLISTS);

function ids(rows: readonly CandidateRow[]): string[] {
  return rows.map((row) => row.summary.id);
}

function query(overrides: Partial<TableQuery>): TableQuery {
  return { ...DEFAULT_QUERY, ...overrides };
}

describe('buildRows', () => {
  it('works out names, memberships, average scores and search text once', () => {
    expect(ROWS.map(({ name, shortlistIds, summary }) => ({ name, shortlistIds, averageScore: summary.averageScore }))).toEqual([
      { name: 'Ada Lovelace', shortlistIds: ['backend-q4', 'data'], averageScore: 4.5 },
      { name: 'bob Builder', shortlistIds: ['data'], averageScore: 2 },
      { name: 'Chidi Okafor', shortlistIds: ['backend-q4'], averageScore: null },
      { name: 'Dana García', shortlistIds: [], averageScore: 3 },
      { name: 'www.upwork.com/freelancers/~01abc', shortlistIds: ['backend-q4'], averageScore: 4 },
    ]);
    expect(ROWS[0]?.searchText).toBe('ada lovelace\nada\nstrong fastapi service, asked about postgres\nremote\nsenior\nhttps://github.com/ada');
  });

  it.each([
    ['display name', { displayName: 'Ada' }, 'Ada'],
    ['login when the display name is missing', { displayName: null }, 'ada'],
    ['login when the display name is blank', { displayName: '  ' }, 'ada'],
    ['profile host and path without a login', { githubLogin: null, profileUrls: ['https://github.com/ada/'] }, 'github.com/ada'],
    ['raw profile text when it is not a URL', { githubLogin: null, profileUrls: ['ada at work'] }, 'ada at work'],
    ['Unnamed with nothing to go on', { githubLogin: null, profileUrls: [] }, 'Unnamed'],
  ])('names a candidate by %s', (_, overrides: Partial<Candidate>, name) => {
    expect(candidateName(candidate('ada', overrides))).toBe(name);
  });
});

describe('queryRows filters', () => {
  it.each<[string, Partial<TableQuery>, string[]]>([
    ['nothing by default', {}, ['chidi', 'elodie', 'ada', 'dana', 'bob']],
    ['a shortlist', { shortlistId: 'backend-q4' }, ['chidi', 'elodie', 'ada']],
    ['a shortlist with no known candidates', { shortlistId: 'stale' }, []],
    ['one search term in the note', { search: 'FASTAPI' }, ['ada']],
    ['one search term in a tag', { search: 'referral' }, ['chidi']],
    ['one search term in a profile URL', { search: 'upwork' }, ['elodie']],
    ['several search terms, all required', { search: '  remote   senior ' }, ['ada']],
    ['several search terms across fields', { search: 'bob band' }, ['bob']],
    ['search terms that never meet', { search: 'ada band' }, []],
    ['a blank search', { search: '   ' }, ['chidi', 'elodie', 'ada', 'dana', 'bob']],
    ['one stage', { stages: ['technical-screen'] }, ['ada', 'dana']],
    ['several stages', { stages: ['close', 'practical-task'] }, ['elodie', 'bob']],
    ['a role', { roleId: 'backend' }, ['chidi', 'ada']],
    ['a role nobody was assessed against', { roleId: 'ai' }, []],
    ['no flags (including not assessed)', { flags: 'none' }, ['elodie', 'dana', 'bob']],
    ['one flag', { flags: 'stale-python' }, ['chidi']],
    ['a flag several have', { flags: 'no-tests' }, ['chidi', 'ada']],
    ['a minimum score, leaving out the unscored', { minScore: 3 }, ['elodie', 'ada', 'dana']],
    ['a minimum score matched exactly', { minScore: 4.5 }, ['ada']],
    ['a tag, case-insensitively', { tags: ['REMOTE'] }, ['ada', 'bob']],
    ['several tags, all required', { tags: ['remote', 'Senior'] }, ['ada']],
    ['a kit\'s latest outcome', { outcome: { kit: 'technical-screen', result: 'advance' } }, ['ada', 'bob']],
    ['an outcome since superseded', { outcome: { kit: 'technical-screen', result: 'hold' } }, []],
    ['a reject at any kit', { outcome: 'any-reject' }, ['chidi', 'bob']],
    ['no outcome yet', { outcome: 'none' }, ['elodie', 'dana']],
    ['everything at once', { shortlistId: 'backend-q4', search: 'a', stages: ['technical-screen'], roleId: 'backend', flags: 'no-tests', minScore: 4, tags: ['senior'] }, ['ada']],
  ])('by %s', (_, overrides, expected) => {
    expect(ids(queryRows(ROWS, query(overrides)))).toEqual(expected);
  });

  it('leaves its input alone', () => {
    const before = ids(ROWS);
    queryRows(ROWS, query({ search: 'ada', sort: { key: 'name', direction: 'desc' } }));
    expect(ids(ROWS)).toEqual(before);
  });
});

describe('queryRows sorting', () => {
  it.each<[TableQuery['sort'], string[]]>([
    [{ key: 'name', direction: 'asc' }, ['ada', 'bob', 'chidi', 'dana', 'elodie']],
    [{ key: 'name', direction: 'desc' }, ['elodie', 'dana', 'chidi', 'bob', 'ada']],
    // Funnel order, not alphabetical; ties keep their input order.
    [{ key: 'stage', direction: 'asc' }, ['chidi', 'ada', 'dana', 'elodie', 'bob']],
    [{ key: 'stage', direction: 'desc' }, ['bob', 'elodie', 'ada', 'dana', 'chidi']],
    // Unscored candidates last in both directions.
    [{ key: 'score', direction: 'asc' }, ['bob', 'dana', 'elodie', 'ada', 'chidi']],
    [{ key: 'score', direction: 'desc' }, ['ada', 'elodie', 'dana', 'bob', 'chidi']],
    [{ key: 'updated', direction: 'asc' }, ['bob', 'dana', 'ada', 'elodie', 'chidi']],
    [{ key: 'updated', direction: 'desc' }, ['chidi', 'elodie', 'ada', 'dana', 'bob']],
    [{ key: 'evidenced', direction: 'asc' }, ['chidi', 'dana', 'elodie', 'bob', 'ada']],
    [{ key: 'evidenced', direction: 'desc' }, ['ada', 'bob', 'chidi', 'dana', 'elodie']],
  ])('by %o', (sort, expected) => {
    expect(ids(queryRows(ROWS, query({ sort })))).toEqual(expected);
  });

  it('compares names by their base letters, ignoring case and accents', () => {
    const rows = rowsOf([candidate('z', { displayName: 'Zoë' }), candidate('e', { displayName: 'élodie' }), candidate('b', { displayName: 'Bob' })], []);
    expect(ids(queryRows(rows, query({ sort: { key: 'name', direction: 'asc' } })))).toEqual(['b', 'e', 'z']);
  });

  it('keeps several unscored candidates in their input order, after the scored ones', () => {
    const rows = rowsOf(
      [candidate('n1'), candidate('s1', { scores: { a: 1 } }), candidate('n2'), candidate('s5', { scores: { a: 5 } }), candidate('n3')],
      [],
    );
    expect(ids(queryRows(rows, query({ sort: { key: 'score', direction: 'asc' } })))).toEqual(['s1', 's5', 'n1', 'n2', 'n3']);
    expect(ids(queryRows(rows, query({ sort: { key: 'score', direction: 'desc' } })))).toEqual(['s5', 's1', 'n1', 'n2', 'n3']);
  });
});

describe('filterOptions', () => {
  it('offers the roles, tags and flags present', () => {
    expect(filterOptions(ROWS)).toEqual({
      roles: [
        { id: 'backend', name: 'Role backend' },
        { id: 'data', name: 'Role data' },
      ],
      tags: ['@formula', 'referral', 'Remote', 'senior'],
      flags: ['stale-python', 'no-tests'],
      outcomes: [
        { kit: 'technical-screen', result: 'advance' },
        { kit: 'technical-screen', result: 'reject' },
        { kit: 'soft-skills', result: 'reject' },
      ],
    });
  });

  it('offers nothing for no rows', () => {
    expect(filterOptions([])).toEqual({ roles: [], tags: [], flags: [], outcomes: [] });
  });
});

describe('compareCandidates', () => {
  const [ada, bob, chidi, dana, elodie] = CANDIDATES as [Candidate, Candidate, Candidate, Candidate, Candidate];

  it('lines up must-have statuses and quick scores, matching skills case-insensitively', () => {
    const lower = candidate('lower', {
      scores: { fastapi: 2, ' PYTEST ': 5 },
      assessment: assessment('backend', { mustHaves: [{ skill: 'postgresql', status: 'ask-in-interview' }] }),
    });
    const comparison = compareCandidates([ada, lower], BACKEND);
    expect(comparison.role).toEqual({ id: 'backend', name: 'Product backend' });
    expect(comparison.rows).toEqual([
      { skill: 'FastAPI', cells: [{ status: 'evidenced', score: 5 }, { status: 'unknown', score: 2 }] },
      { skill: 'PostgreSQL', cells: [{ status: 'evidenced', score: 4 }, { status: 'ask-in-interview', score: null }] },
      { skill: 'pytest', cells: [{ status: 'not-found', score: null }, { status: 'unknown', score: 5 }] },
    ]);
  });

  it('describes each candidate, saying when they were assessed against another role', () => {
    const { columns } = compareCandidates([ada, bob, dana], BACKEND);
    expect(columns).toEqual([
      { id: 'ada', name: 'Ada Lovelace', stage: 'technical-screen', averageScore: 4.5, flags: ['no-tests'], summary: '', assessedAgainst: null },
      { id: 'bob', name: 'bob Builder', stage: 'close', averageScore: 2, flags: [], summary: '', assessedAgainst: 'Role data' },
      { id: 'dana', name: 'Dana García', stage: 'technical-screen', averageScore: 3, flags: [], summary: null, assessedAgainst: null },
    ]);
  });

  it('has one outcome row per kit anyone compared has an outcome for, in funnel order', () => {
    expect(compareCandidates([ada, bob, dana], BACKEND).outcomes).toEqual([
      {
        kit: 'technical-screen',
        cells: [{ result: 'advance', at: T0 + 1, checks: ['Explained the GIL'], note: '' }, { result: 'advance', at: T0, checks: [], note: '' }, null],
      },
      { kit: 'soft-skills', cells: [null, { result: 'reject', at: T0 + 1, checks: [], note: '' }, null] },
    ]);
    expect(compareCandidates([dana, elodie], BACKEND).outcomes).toEqual([]);
  });

  it('marks every cell unknown for a candidate never assessed, and takes four candidates', () => {
    const { rows, columns } = compareCandidates([ada, bob, chidi, elodie], BACKEND);
    expect(columns.map((column) => column.id)).toEqual(['ada', 'bob', 'chidi', 'elodie']);
    expect(rows.map((row) => row.cells[3]?.status)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(rows.map((row) => row.cells[3]?.score)).toEqual([4, 5, 3]);
    expect(rows.map((row) => row.cells[2]?.status)).toEqual(['claimed', 'unknown', 'unknown']);
  });

  it.each([
    ['one candidate', [ada]],
    ['five candidates', [ada, bob, chidi, dana, elodie]],
  ])('rejects %s', (_, candidates) => {
    expect(() => compareCandidates(candidates, BACKEND)).toThrow(`Compare takes 2 to 4 candidates; got ${candidates.length}.`);
  });
});
