import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupJson } from '@/lib/shortlists/export/backup';
import { describeImportPreview } from '@/lib/shortlists/import/describe';
import { parseImportFile, type ImportDocument } from '@/lib/shortlists/import/parse';
import { planImport, type ImportPlan, type ImportPreview, type ImportTarget } from '@/lib/shortlists/import/plan';
import { candidatesJson, shortlistJson } from '@/lib/shortlists/export/shortlist-export';
import { DEFAULT_THRESHOLDS, type RoleScorecard } from '@/lib/judgement/scorecard';
import { FlagIdSchema } from '@/lib/judgement/verdict';
import {
  CandidateSchema,
  MergedRecordSchema,
  ShortlistSchema,
  StageSchema,
  type Candidate,
  type MergedRecord,
  type Shortlist,
} from '@/lib/shortlists/records';
import { candidateRecord } from '../../support/candidates';

const NOW = Date.UTC(2025, 9, 1);
const MB = 1024 * 1024;

function candidate(overrides: Partial<Candidate> = {}): Candidate {
  return candidateRecord({
    id: 'c-ada',
    githubLogin: 'Ada',
    displayName: 'Ada Lovelace',
    profileUrls: ['https://github.com/Ada'],
    note: 'Strong tests in her parser.',
    history: [{ at: 100, stage: 'profile-filter', note: 'Strong tests in her parser.' }],
    createdAt: 100,
    updatedAt: 100,
    ...overrides,
  });
}

const ada = candidate();
const bob = candidate({
  id: 'c-bob',
  githubLogin: 'bob',
  displayName: 'Bob',
  profileUrls: ['https://github.com/bob'],
  history: [{ at: 150, stage: 'technical-screen', note: '' }],
  stage: 'technical-screen',
  note: '',
  createdAt: 150,
  updatedAt: 150,
});

function shortlist(overrides: Partial<Shortlist> = {}): Shortlist {
  return { id: 's-backend', name: 'Backend Q4', candidateIds: [], createdAt: 50, updatedAt: 50, ...overrides };
}

const scorecard: RoleScorecard = {
  id: 'backend',
  name: 'Backend',
  templateId: 'backend',
  mustHave: ['Python', 'PostgreSQL'],
  niceToHave: [],
  notRequired: [],
  updatedAt: 10,
};

function shortlistFile(candidates: Candidate[], name = 'Backend Q4'): string {
  return shortlistJson(shortlist({ name, candidateIds: candidates.map((c) => c.id) }), candidates, NOW);
}

function backupFile(candidates: Candidate[], shortlists: Shortlist[] = [], scorecards: RoleScorecard[] = []): string {
  const settings = { activeRoleId: 'backend', thresholds: DEFAULT_THRESHOLDS, freshnessHours: 24 };
  return backupJson({ candidates, shortlists, scorecards, settings }, NOW);
}

type Json = Record<string, unknown>;

/** A valid file, changed by hand the way a user or an attacker might. */
function edited(text: string, edit: (document: Json) => void): string {
  const document = JSON.parse(text) as Json;
  edit(document);
  return JSON.stringify(document);
}

/** An own, enumerable key even for `__proto__`, as JSON.parse would make it. */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const candidatesOf = (document: Json) => document.candidates as Json[];

function nested(levels: number): unknown {
  let value: unknown = 0;
  for (let level = 0; level < levels; level++) value = [value];
  return value;
}

function parsed(text: string): ImportDocument {
  const result = parseImportFile(text);
  if (!result.ok) throw new Error(`expected the file to parse, got: ${result.error}`);
  return result.document;
}

function rejection(text: string): string {
  const result = parseImportFile(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.error;
}

function ids(prefix = 'new') {
  let count = 0;
  return () => `${prefix}-${++count}`;
}

/** The store after writing a plan: put records replace those with their id, new ones follow. */
function applied(existing: ImportTarget, plan: ImportPlan): ImportTarget {
  const replace = <T extends { id: string }>(records: T[], put: T[]) => {
    const byId = new Map(records.map((record) => [record.id, record]));
    for (const record of put) byId.set(record.id, record);
    return [...byId.values()];
  };
  return { candidates: replace(existing.candidates, plan.candidatesToPut), shortlists: replace(existing.shortlists, plan.shortlistsToPut) };
}

const empty: ImportTarget = { candidates: [], shortlists: [] };

/** A plan for a file into a store holding these candidates and no shortlists. */
const importInto = (candidates: Candidate[], text: string) => planImport({ candidates, shortlists: [] }, parsed(text), { now: NOW, newId: ids() });

describe('parseImportFile', () => {
  it('reads a shortlist export back to the same candidates, as one shortlist holding them all', () => {
    const document = parsed(shortlistFile([ada, bob]));
    expect(document).toEqual({
      kind: 'shortlist',
      candidates: [ada, bob],
      shortlists: [{ name: 'Backend Q4', candidateIds: ['c-ada', 'c-bob'] }],
      scorecards: [],
    });
  });

  it('reads a backup back to the same candidates, shortlists and scorecards', () => {
    const rich = candidate({
      tags: ['ml', 'django'],
      scores: { Python: 4, 'API design': 3 },
      assessment: {
        role: { id: 'backend', name: 'Backend' },
        mustHaves: [{ skill: 'Python', status: 'evidenced' }],
        flags: ['no-tests'],
        summary: '1 of 1 must-haves evidenced',
        at: 90,
      },
      history: [{ at: 100, stage: 'profile-filter', note: 'Strong tests in her parser.', scores: { Python: 4 } }],
    });
    const lists = [shortlist({ candidateIds: ['c-ada', 'c-bob'] }), shortlist({ id: 's-data', name: 'Data', candidateIds: ['c-bob'] })];
    const document = parsed(backupFile([rich, bob], lists, [scorecard]));
    expect(document).toEqual({
      kind: 'backup',
      candidates: [rich, bob],
      shortlists: [
        { name: 'Backend Q4', candidateIds: ['c-ada', 'c-bob'] },
        { name: 'Data', candidateIds: ['c-bob'] },
      ],
      scorecards: [scorecard],
    });
  });

  it('reads a candidates export (several shortlists) back to the same candidates and memberships', () => {
    const lists = [shortlist({ candidateIds: ['c-ada', 'c-bob', 'c-gone'] }), shortlist({ id: 's-data', name: 'Data', candidateIds: ['c-gone'] })];
    const document = parsed(candidatesJson([ada, bob], lists, 100));
    expect(document).toEqual({
      kind: 'candidates',
      candidates: [ada, bob],
      // Memberships of people not in the file are not exported, and empty shortlists are left out.
      shortlists: [{ name: 'Backend Q4', candidateIds: ['c-ada', 'c-bob'] }],
      scorecards: [],
    });
  });

  it('refuses a candidates export whose shortlist lists someone the file does not hold', () => {
    const file = JSON.parse(candidatesJson([ada], [shortlist({ candidateIds: ['c-ada'] })], 100));
    file.shortlists[0].candidateIds.push('c-nobody');
    const result = parseImportFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('c-nobody');
  });

  it('refuses a file over 20 MB, saying its size and the limit', () => {
    expect(rejection('x'.repeat(21 * MB))).toBe('The file is 21 MB; pyvet imports files of up to 20 MB.');
  });

  it('counts the size in bytes, so 7 million three-byte characters are too many', () => {
    expect(rejection('€'.repeat(7_000_000))).toMatch(/^The file is 20\.\d MB;/);
  });

  it('says when the text is not JSON, with the parser’s reason', () => {
    expect(rejection('{"format": "pyvet-backup",')).toMatch(/^The file is not valid JSON \(.+\)\.$/);
    expect(rejection('')).toMatch(/^The file is not valid JSON/);
  });

  it('accepts 32 levels of nesting and names where a 33rd level starts', () => {
    const file = (levels: number) => edited(shortlistFile([ada]), (document) => (document.extra = nested(levels)));
    expect(parseImportFile(file(31)).ok).toBe(true);
    expect(rejection(file(32))).toBe(
      `The file nests data more than 32 levels deep at extra${'[0]'.repeat(31)}; pyvet files are never nested that deep.`,
    );
  });

  it('survives nesting a million levels deep', () => {
    const error = rejection(`{"candidates":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`);
    expect(error).toContain(`at candidates${'[0]'.repeat(31)};`);
  });

  it.each([
    ['__proto__', (document: Json) => setOwn(candidatesOf(document)[1] as Json, '__proto__', { isAdmin: true }), 'candidates[1].__proto__'],
    ['constructor', (document: Json) => setOwn(candidatesOf(document)[0]?.scores as Json, 'constructor', 5), 'candidates[0].scores.constructor'],
    ['prototype', (document: Json) => setOwn(document, 'prototype', {}), 'prototype'],
  ])('refuses a “%s” key and says where it is', (key, edit, path) => {
    expect(rejection(edited(shortlistFile([ada, bob]), edit))).toBe(
      `The file has a “${key}” key at ${path}; pyvet refuses such keys because they can tamper with objects.`,
    );
  });

  it('finds a __proto__ key that JSON.parse made an own property', () => {
    const text = shortlistFile([ada]).replace('"githubLogin"', '"__proto__": {"polluted": true}, "githubLogin"');
    expect(rejection(text)).toContain('at candidates[0].__proto__;');
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('names the formats it reads when the format is unknown or missing', () => {
    const readable = 'pyvet reads “pyvet-shortlist”, “pyvet-candidates” and “pyvet-backup” files.';
    expect(rejection(edited(backupFile([ada]), (document) => (document.format = 'other-tool')))).toBe(
      `The file's format is “other-tool”; ${readable}`,
    );
    expect(rejection(edited(backupFile([ada]), (document) => delete document.format))).toBe(
      `The file does not say which format it is in (no “format” field); ${readable}`,
    );
    expect(rejection('[1, 2]')).toBe(`The file holds a list rather than a pyvet export; ${readable}`);
    expect(rejection('"pyvet-backup"')).toBe(`The file holds “pyvet-backup” rather than a pyvet export; ${readable}`);
  });

  it('names the version it reads when the version is unsupported', () => {
    expect(rejection(edited(backupFile([ada]), (document) => (document.version = 2)))).toBe(
      'This pyvet-backup file is version 2; pyvet reads version 1 of pyvet-backup files.',
    );
    expect(rejection(edited(shortlistFile([ada]), (document) => delete document.version))).toBe(
      'This pyvet-shortlist file does not say its version; pyvet reads version 1 of pyvet-shortlist files.',
    );
  });

  it('names the path and the reason of the first schema problem', () => {
    const error = rejection(edited(shortlistFile([ada, bob]), (document) => ((candidatesOf(document)[1] as Json).stage = 'hired')));
    expect(error).toMatch(/^The file does not match the pyvet-shortlist format at candidates\[1\]\.stage: Invalid option: expected one of .+\.$/);
    expect(rejection(edited(backupFile([ada]), (document) => delete document.settings))).toContain('format at settings:');
  });

  it.each([
    ['a 6,000-character note', (document: Json) => ((candidatesOf(document)[1] as Json).note = 'x'.repeat(6000)), 'candidates[1].note'],
    ['a 1 MB display name', (document: Json) => ((candidatesOf(document)[0] as Json).displayName = 'x'.repeat(MB)), 'candidates[0].displayName'],
    ['a huge profile URL', (document: Json) => ((candidatesOf(document)[0] as Json).profileUrls = ['x'.repeat(3000)]), 'candidates[0].profileUrls[0]'],
    ['a 10,000-character shortlist name', (document: Json) => ((document.shortlist as Json).name = 'x'.repeat(10_000)), 'shortlist.name'],
    ['a long skill name in scores', (document: Json) => ((candidatesOf(document)[0] as Json).scores = { ['k'.repeat(5000)]: 3 }), 'candidates[0].scores["kkkkk'],
  ])('refuses %s by the schema limits, naming the path', (_label, edit, path) => {
    const error = rejection(edited(shortlistFile([ada, bob]), edit));
    expect(error).toContain(`format at ${path}`);
    expect(error.length).toBeLessThan(300);
  });

  it('refuses two candidates with one id, naming both', () => {
    const twin = candidate({ githubLogin: 'grace', displayName: 'Grace', profileUrls: ['https://github.com/grace'] });
    expect(rejection(shortlistFile([ada, bob, twin]))).toBe(
      'candidates[0] and candidates[2] have the same id “c-ada”; each candidate in a file needs its own id.',
    );
  });

  it('refuses two records of one person: same login in any case, or a shared profile URL', () => {
    const byLogin = candidate({ id: 'c-ada-2', githubLogin: 'ADA', profileUrls: ['https://www.upwork.com/freelancers/~01ada'] });
    expect(rejection(shortlistFile([ada, bob, byLogin]))).toBe(
      'candidates[0] (id “c-ada”) and candidates[2] (id “c-ada-2”) are the same person, both with GitHub login “ADA”; keep one record per person in the file.',
    );
    const byUrl = candidate({ id: 'c-ada-2', githubLogin: null, profileUrls: ['https://example.com/x', 'https://github.com/Ada'] });
    expect(rejection(shortlistFile([ada, byUrl]))).toBe(
      'candidates[0] (id “c-ada”) and candidates[1] (id “c-ada-2”) are the same person, both with profile “https://github.com/Ada”; keep one record per person in the file.',
    );
  });

  it('refuses a backup shortlist that lists a candidate the file does not hold', () => {
    const lists = [shortlist({ candidateIds: ['c-ada', 'c-gone'] })];
    expect(rejection(backupFile([ada], lists))).toBe(
      'Shortlist “Backend Q4” lists candidate “c-gone” at shortlists[0].candidateIds[1], but the file has no candidate with that id.',
    );
  });

  it('refuses a candidate with neither a login nor a profile URL', () => {
    expect(rejection(shortlistFile([ada, candidate({ id: 'c-nobody', githubLogin: null, profileUrls: [] })]))).toBe(
      'candidates[1] has neither a GitHub login nor a profile URL, so pyvet cannot tell who it is.',
    );
  });
});

describe('planImport', () => {
  it('adds new people, keeps their ids and makes the shortlist', () => {
    const plan = planImport(empty, parsed(shortlistFile([ada, bob])), { now: NOW, newId: ids() });
    expect(plan.candidatesToPut).toEqual([ada, bob]);
    expect(plan.shortlistsToPut).toEqual([{ id: 'new-1', name: 'Backend Q4', candidateIds: ['c-ada', 'c-bob'], createdAt: NOW, updatedAt: NOW }]);
    expect(plan.preview).toEqual({
      added: 2,
      merged: 0,
      unchanged: 0,
      newShortlists: ['Backend Q4'],
      updatedShortlists: [],
      rows: [
        { id: 'c-ada', name: 'Ada Lovelace', action: 'add' },
        { id: 'c-bob', name: 'Bob', action: 'add' },
      ],
    });
    expect(describeImportPreview(plan.preview)).toBe('2 new candidates; new shortlist “Backend Q4”.');
  });

  it('carries ATS links in and keeps, per vendor, the one sent last', () => {
    const ashby = { id: 'ash-1', url: 'https://app.ashbyhq.com/candidates/ash-1', sentAt: NOW - 10 };
    const lever = { id: 'opp-1', url: 'https://hire.lever.co/candidates/opp-1', sentAt: NOW - 20 };
    const newerAshby = { ...ashby, id: 'ash-2', sentAt: NOW - 5 };
    const existing = candidate({ id: 'e-ada', ats: { ashby, lever } });
    const incoming = candidate({ id: 'c-ada', ats: { ashby: newerAshby } });
    const plan = planImport({ candidates: [existing], shortlists: [] }, parsed(shortlistFile([incoming])), { now: NOW, newId: ids() });
    expect(plan.candidatesToPut[0]?.ats).toEqual({ ashby: newerAshby, lever });
    // A record that never met an ATS gains no empty field.
    expect(planImport(empty, parsed(shortlistFile([ada])), { now: NOW, newId: ids() }).candidatesToPut[0]).not.toHaveProperty('ats');
  });

  it('carries stage outcomes in, keeps each entry once, and tells an outcome apart from a save at the same moment', () => {
    const save = { at: 200, stage: 'technical-screen' as const, note: '' };
    const hold = { ...save, outcome: { kit: 'technical-screen' as const, result: 'hold' as const, checks: ['Asked about asyncio'] } };
    const advance = { ...save, at: 300, stage: 'practical-task' as const, note: 'Good.', outcome: { kit: 'technical-screen' as const, result: 'advance' as const, checks: [] } };
    const existing = candidate({ id: 'e-ada', history: [...ada.history, save, hold] });
    const incoming = candidate({ history: [...ada.history, hold, save, advance], updatedAt: 300 });
    const plan = importInto([existing], shortlistFile([incoming]));
    expect(plan.candidatesToPut[0]?.history).toEqual([...ada.history, save, hold, advance]);
    // Round trip: the merged record, exported and imported again, changes nothing.
    const again = importInto(plan.candidatesToPut, shortlistFile(plan.candidatesToPut));
    expect(again.preview).toMatchObject({ added: 0, merged: 0, unchanged: 1 });

    // An outcome recorded at the very moment of a save is kept beside it, not taken for a copy.
    const fresh = importInto([candidate({ id: 'e-ada', history: [save] })], shortlistFile([candidate({ history: [hold] })]));
    expect(fresh.candidatesToPut[0]?.history).toEqual([save, hold]);
  });

  it('merges by GitHub login in any case, keeping the existing id and everything already on record', () => {
    const existing = candidate({ id: 'e-ada', tags: ['ML'], createdAt: 80 });
    const incoming = candidate({
      id: 'c-other',
      githubLogin: 'ada',
      displayName: null,
      profileUrls: ['https://www.upwork.com/freelancers/~01ada', 'https://github.com/Ada'],
      stage: 'technical-screen',
      note: 'Screen booked.',
      tags: ['ml', 'Django'],
      history: [
        { at: 100, stage: 'profile-filter', note: 'Strong tests in her parser.' },
        { at: 90, stage: 'profile-filter', note: 'Found on Upwork.' },
        { at: 200, stage: 'technical-screen', note: 'Screen booked.' },
      ],
      scores: { Python: 5 },
      createdAt: 90,
      updatedAt: 200,
    });
    const plan = importInto([existing], shortlistFile([incoming]));
    expect(plan.candidatesToPut).toEqual([
      {
        ...existing,
        displayName: 'Ada Lovelace',
        profileUrls: ['https://github.com/Ada', 'https://www.upwork.com/freelancers/~01ada'],
        stage: 'technical-screen',
        note: 'Screen booked.',
        tags: ['ML', 'Django'],
        history: [
          { at: 90, stage: 'profile-filter', note: 'Found on Upwork.' },
          { at: 100, stage: 'profile-filter', note: 'Strong tests in her parser.' },
          { at: 200, stage: 'technical-screen', note: 'Screen booked.' },
        ],
        scores: { Python: 5 },
        createdAt: 80,
        updatedAt: 200,
      },
    ]);
    expect(plan.preview.rows).toEqual([{ id: 'e-ada', name: 'ada', action: 'merge', into: 'Ada Lovelace' }]);
    expect(plan.shortlistsToPut[0]?.candidateIds).toEqual(['e-ada']);
  });

  it('keeps the existing record’s fields on a tie, and fills a missing display name from the file', () => {
    const existing = candidate({ displayName: null, note: 'Mine.', updatedAt: 300 });
    const incoming = candidate({ displayName: 'Ada L.', note: 'Theirs.', stage: 'close', updatedAt: 300 });
    const [merged] = importInto([existing], shortlistFile([incoming])).candidatesToPut;
    expect(merged).toMatchObject({ displayName: 'Ada L.', note: 'Mine.', stage: 'profile-filter', updatedAt: 300 });
  });

  it('merges by a shared profile URL, taking the login from the file when the record has none', () => {
    const existing = candidate({ id: 'e-ada', githubLogin: null, profileUrls: ['https://www.upwork.com/freelancers/~01ada'] });
    const incoming = candidate({ profileUrls: ['https://github.com/Ada', 'https://www.upwork.com/freelancers/~01ada'] });
    const plan = importInto([existing, bob], shortlistFile([incoming]));
    expect(plan.candidatesToPut).toEqual([
      { ...existing, githubLogin: 'Ada', profileUrls: ['https://www.upwork.com/freelancers/~01ada', 'https://github.com/Ada'] },
    ]);
    expect(plan.preview).toMatchObject({ added: 0, merged: 1, unchanged: 0 });
  });

  it('merges into the first record when the store already holds two for one person', () => {
    const first = candidate({ id: 'e-1', note: 'First.' });
    const second = candidate({ id: 'e-2', githubLogin: 'ADA', profileUrls: ['https://www.upwork.com/freelancers/~01ada'] });
    const incoming = candidate({ profileUrls: ['https://www.upwork.com/freelancers/~01ada'], updatedAt: 500 });
    const plan = importInto([first, second], shortlistFile([incoming]));
    expect(plan.candidatesToPut.map((record) => record.id)).toEqual(['e-1']);
  });

  it('unions tags without case duplicates up to 30, and merged records by id', () => {
    const mergedRecord = (id: string) => MergedRecordSchema.parse({ ...candidate({ id }), shortlistIds: [], mergedAt: 1 });
    const existing = candidate({ tags: Array.from({ length: 25 }, (_, i) => `t${i}`), merged: [mergedRecord('m-1')] });
    const incoming = candidate({
      tags: ['T0', ...Array.from({ length: 10 }, (_, i) => `new${i}`)],
      merged: [mergedRecord('m-1'), mergedRecord('m-2')],
    });
    const [merged] = importInto([existing], shortlistFile([incoming])).candidatesToPut;
    expect(merged?.tags).toEqual([...existing.tags, 'new0', 'new1', 'new2', 'new3', 'new4']);
    expect(merged?.merged.map((record) => record.id)).toEqual(['m-1', 'm-2']);
  });

  it('adds a newcomer with tags that differ only in case as one tag, so the same file again changes nothing', () => {
    const file = shortlistFile([candidate({ tags: ['ML', 'ml', 'Django'] })]);
    const first = importInto([], file);
    expect(first.candidatesToPut[0]?.tags).toEqual(['ML', 'Django']);
    const again = importInto(first.candidatesToPut, file);
    expect(again.preview).toMatchObject({ added: 0, merged: 0, unchanged: 1 });
  });

  it('writes nothing when the same file is imported twice', () => {
    const file = backupFile([ada, bob], [shortlist({ candidateIds: ['c-ada', 'c-bob'] })], [scorecard]);
    const first = planImport(empty, parsed(file), { now: NOW, newId: ids() });
    const second = planImport(applied(empty, first), parsed(file), { now: NOW + 1, newId: ids() });
    expect(second.candidatesToPut).toEqual([]);
    expect(second.shortlistsToPut).toEqual([]);
    expect(second.preview).toMatchObject({ added: 0, merged: 0, unchanged: 2, newShortlists: [], updatedShortlists: [] });
    expect(second.preview.rows).toEqual([
      { id: 'c-ada', name: 'Ada Lovelace', action: 'unchanged', into: 'Ada Lovelace' },
      { id: 'c-bob', name: 'Bob', action: 'unchanged', into: 'Bob' },
    ]);
    expect(second.scorecards).toEqual([scorecard]);
    expect(describeImportPreview(second.preview)).toBe('2 unchanged.');
  });

  it('gives a new id to a newcomer whose id another person already has, and follows it into the shortlist', () => {
    const existingBob = candidate({ ...bob, id: 'c-1' });
    const incomingAda = candidate({ id: 'c-1' });
    const plan = importInto([existingBob], shortlistFile([incomingAda]));
    expect(plan.candidatesToPut).toEqual([{ ...incomingAda, id: 'new-1' }]);
    expect(plan.shortlistsToPut).toEqual([{ id: 'new-2', name: 'Backend Q4', candidateIds: ['new-1'], createdAt: NOW, updatedAt: NOW }]);
    expect(plan.preview.rows).toEqual([{ id: 'new-1', name: 'Ada Lovelace', action: 'add' }]);
  });

  it('skips generated ids already in use', () => {
    const cy = candidate({ id: 'new-1', githubLogin: 'cy', displayName: 'Cy', profileUrls: ['https://github.com/cy'] });
    const plan = importInto([candidate({ ...bob, id: 'c-1' }), cy], shortlistFile([candidate({ id: 'c-1' })]));
    expect(plan.candidatesToPut[0]?.id).toBe('new-2');
  });

  it('adds to a shortlist of the same name, with the ids people have after merging', () => {
    const existing: ImportTarget = {
      candidates: [candidate({ id: 'e-ada' }), bob],
      shortlists: [shortlist({ candidateIds: ['c-bob'] }), shortlist({ id: 's-data', name: 'Data', candidateIds: ['c-bob'] })],
    };
    const grace = candidate({ id: 'c-grace', githubLogin: 'grace', displayName: 'Grace', profileUrls: ['https://github.com/grace'] });
    const file = backupFile(
      [ada, bob, grace],
      [
        shortlist({ id: 'x', candidateIds: ['c-ada', 'c-bob'] }),
        shortlist({ id: 'y', name: 'Data', candidateIds: ['c-bob'] }),
        shortlist({ id: 'z', name: 'AI', candidateIds: ['c-grace'] }),
      ],
    );
    const plan = planImport(existing, parsed(file), { now: NOW, newId: ids() });
    expect(plan.shortlistsToPut).toEqual([
      shortlist({ candidateIds: ['c-bob', 'e-ada'], updatedAt: NOW }),
      { id: 'new-1', name: 'AI', candidateIds: ['c-grace'], createdAt: NOW, updatedAt: NOW },
    ]);
    expect(plan.preview).toMatchObject({ added: 1, merged: 0, unchanged: 2, newShortlists: ['AI'], updatedShortlists: ['Backend Q4'] });
    expect(describeImportPreview(plan.preview)).toBe('1 new candidate, 2 unchanged; new shortlist “AI”, updated shortlist “Backend Q4”.');
  });
});

describe('describeImportPreview', () => {
  const preview = (overrides: Partial<ImportPreview>): ImportPreview => ({
    added: 0,
    merged: 0,
    unchanged: 0,
    newShortlists: [],
    updatedShortlists: [],
    rows: [],
    ...overrides,
  });

  it.each([
    [
      { added: 3, merged: 2, unchanged: 1, newShortlists: ['Backend Q4'] },
      '3 new candidates, 2 merged into people you already have, 1 unchanged; new shortlist “Backend Q4”.',
    ],
    [{ added: 1, merged: 1 }, '1 new candidate, 1 merged into someone you already have.'],
    [{ unchanged: 4, newShortlists: ['A', 'B', 'C'] }, '4 unchanged; new shortlists “A”, “B” and “C”.'],
    [{ newShortlists: ['Empty'] }, 'No candidates; new shortlist “Empty”.'],
    [{ merged: 2, updatedShortlists: ['A', 'B'] }, '2 merged into people you already have; updated shortlists “A” and “B”.'],
  ])('describes %j', (counts, text) => {
    expect(describeImportPreview(preview(counts))).toBe(text);
  });
});

// ---------------------------------------------------------------------------
// Properties

const PEOPLE = ['ada', 'bob', 'cy', 'dee', 'eve', 'fin'];
/** Shared by existing and incoming records, so ids collide between different people. */
const ID_POOL = Array.from({ length: 8 }, (_, i) => `id-${i}`);
const urlsOf = (person: string) => [`https://github.com/${person}`, `https://www.upwork.com/freelancers/~${person}`, `https://example.com/${person}`];

const timeArb = fc.integer({ min: 0, max: 2_000_000_000_000 });
const textArb = fc.string({ maxLength: 12 });
const stageArb = fc.constantFrom(...StageSchema.options);
const scoresArb = fc.dictionary(fc.constantFrom('Python', 'SQL', 'API design'), fc.integer({ min: 1, max: 5 }), {
  maxKeys: 2,
  noNullPrototype: true,
});
// Few distinct times and notes, so the same event often turns up on both sides of a merge.
const eventArb = fc.record(
  { at: fc.integer({ min: 0, max: 20 }), stage: stageArb, note: fc.constantFrom('', 'saved', 'call'), scores: scoresArb },
  { requiredKeys: ['at', 'stage', 'note'] },
);
const mustHaveArb = fc.record({
  skill: fc.constantFrom('Python', 'SQL'),
  status: fc.constantFrom('evidenced', 'claimed', 'not-found', 'ask-in-interview'),
});
const assessmentArb = fc.option(
  fc.record({
    role: fc.record({ id: fc.constantFrom('backend', 'data'), name: textArb }),
    mustHaves: fc.array(mustHaveArb, { maxLength: 2 }),
    flags: fc.array(fc.constantFrom(...FlagIdSchema.options), { maxLength: 2 }),
    summary: textArb,
    at: timeArb,
  }),
  { nil: null },
);

const recordFields = (person: string) => ({
  githubLogin: fc.option(fc.constantFrom(person, person.toUpperCase(), `${person[0]?.toUpperCase()}${person.slice(1)}`), { nil: null }),
  displayName: fc.option(textArb, { nil: null }),
  profileUrls: fc.subarray(urlsOf(person), { minLength: 1 }),
  stage: stageArb,
  note: textArb,
  tags: fc.array(fc.stringMatching(/^[A-Za-z]{1,4}$/), { maxLength: 4 }),
  history: fc.array(eventArb, { maxLength: 4 }),
  scores: scoresArb,
  assessment: assessmentArb,
  createdAt: timeArb,
  updatedAt: timeArb,
});

const mergedArb = (person: string): fc.Arbitrary<MergedRecord> =>
  fc.record({ id: fc.constantFrom('m-1', 'm-2', 'm-3'), ...recordFields(person), shortlistIds: fc.constant([]), mergedAt: timeArb });

const personArb = (person: string, id: string): fc.Arbitrary<Candidate> =>
  fc.record({ id: fc.constant(id), ...recordFields(person), merged: fc.array(mergedArb(person), { maxLength: 2 }) });

/** One record per person at most, ids unique within the set but shared with other sets. */
const peopleArb = fc
  .tuple(fc.shuffledSubarray(PEOPLE, { maxLength: 5 }), fc.shuffledSubarray(ID_POOL, { minLength: 5, maxLength: 5 }))
  .chain(([people, idPool]) => fc.tuple(...people.map((person, i) => personArb(person, idPool[i] ?? `id-${person}`))));

const shortlistsArb = (candidates: Candidate[], withIds: boolean) =>
  fc.array(
    fc.record({
      id: withIds ? fc.constantFrom('s-1', 's-2', 's-3') : fc.constant('s'),
      name: fc.constantFrom('Backend', 'Data', 'AI'),
      candidateIds: fc.subarray(candidates.map((c) => c.id)),
      createdAt: timeArb,
      updatedAt: timeArb,
    }),
    { maxLength: 3 },
  );

const existingArb: fc.Arbitrary<ImportTarget> = peopleArb.chain((candidates) =>
  shortlistsArb(candidates, true).map((shortlists) => ({ candidates, shortlists: uniqueBy(shortlists, (s) => s.id) })),
);

/** A backup file as pyvet writes it, with its parsed document. */
const backupArb = peopleArb.chain((candidates) =>
  shortlistsArb(candidates, false).map((shortlists) => {
    const text = backupFile(candidates, shortlists);
    return { text, document: parsed(text) };
  }),
);

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

type Mutation = (document: Json, value: unknown) => void;

/** Every place in a document that holds a value (its holder and key), for picking one to break. */
function places(root: unknown): { holder: Json; key: string }[] {
  const found: { holder: Json; key: string }[] = [];
  const visit = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    for (const key of Object.keys(value)) {
      found.push({ holder: value as Json, key });
      visit((value as Json)[key]);
    }
  };
  visit(root);
  return found;
}

const at = (pick: number) => (document: Json) => {
  const all = places(document);
  return all[pick % all.length];
};

const mutations = (pick: number): Record<string, Mutation> => ({
  replace: (document, value) => {
    const place = at(pick)(document);
    if (place) place.holder[place.key] = value;
  },
  deepen: (document) => {
    const place = at(pick)(document);
    if (place) place.holder[place.key] = nested(20 + (pick % 30));
  },
  duplicate: (document) => {
    const people = candidatesOf(document);
    const person = people[pick % Math.max(people.length, 1)];
    if (person) people.push(structuredClone(person));
  },
});

describe('properties', () => {
  const isValid = (result: ReturnType<typeof parseImportFile>) =>
    result.ok ? result.document.candidates.every((c) => CandidateSchema.safeParse(c).success) : result.error.length > 0;

  it('never throws on arbitrary JSON or text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue().map((value) => JSON.stringify(value)), fc.string()), (text) => {
        expect(isValid(parseImportFile(text))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on a valid file changed in one place', () => {
    fc.assert(
      fc.property(backupArb, fc.constantFrom('replace', 'deepen', 'duplicate'), fc.nat(), fc.jsonValue(), ({ text }, kind, pick, value) => {
        const mutated = edited(text, (document) => mutations(pick)[kind]?.(document, value));
        expect(isValid(parseImportFile(mutated))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('always refuses a prototype key, wherever it is put', () => {
    fc.assert(
      fc.property(backupArb, fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.nat(), ({ text }, key, pick) => {
        const document = JSON.parse(text) as Json;
        // Arrays are left out: JSON drops their named keys.
        const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
        const objects = places(document).map((place) => place.holder[place.key]).filter(isObject);
        const holders = [document, ...objects];
        setOwn(holders[pick % holders.length] as object, key, 1);
        const result = parseImportFile(JSON.stringify(document));
        expect(result.ok).toBe(false);
        expect(result.ok ? '' : result.error).toContain(`“${key}” key at `);
      }),
      { numRuns: 150 },
    );
  });

  it('never loses a person or anything already on record', () => {
    fc.assert(
      fc.property(existingArb, backupArb, (existing, { document }) => {
        const plan = planImport(existing, document, { now: NOW, newId: ids('fresh') });
        const after = applied(existing, plan);
        const urls = after.candidates.flatMap((c) => c.profileUrls);
        for (const incoming of document.candidates) for (const url of incoming.profileUrls) expect(urls).toContain(url);
        for (const before of existing.candidates) {
          const kept = after.candidates.find((c) => c.id === before.id);
          expect(kept?.profileUrls).toEqual(expect.arrayContaining(before.profileUrls));
          for (const event of before.history) expect(kept?.history).toContainEqual(event);
        }
        expect(plan.preview.rows).toHaveLength(document.candidates.length);
        for (const record of plan.shortlistsToPut) expect(ShortlistSchema.safeParse(record).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('importing the same file again changes nothing', () => {
    fc.assert(
      fc.property(existingArb, backupArb, (existing, { document }) => {
        const first = planImport(existing, document, { now: NOW, newId: ids('fresh') });
        const again = planImport(applied(existing, first), document, { now: NOW + 1, newId: ids('again') });
        expect(again.preview).toMatchObject({ added: 0, merged: 0, newShortlists: [], updatedShortlists: [] });
        expect(again.candidatesToPut).toEqual([]);
        expect(again.shortlistsToPut).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
