import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DexieResponseCache } from '@/lib/store/response-cache';
import { PyvetDatabase } from '@/lib/store/db';

let db: PyvetDatabase;
const saved = { stage: 'profile-filter' as const, note: '', tags: [], history: [], scores: {}, assessment: null, merged: [] };
let counter = 0;
const openFresh = () => (db = new PyvetDatabase(`pyvet-test-${++counter}`));

afterEach(async () => {
  await db.delete();
});

describe('PyvetDatabase', () => {
  it('has the five stores with their indexes', async () => {
    openFresh();
    await db.open();
    expect(db.verno).toBe(7);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['apiCache', 'candidateSummaries', 'candidates', 'scorecards', 'shortlists']);
    expect(db.candidateSummaries.schema.indexes.map((index) => index.name)).toEqual(['updatedAt']);
    expect(db.candidates.schema.indexes.map((index) => index.name).sort()).toEqual(['githubLogin', 'profileUrls', 'stage', 'updatedAt']);
  });

  it('stores and finds candidates and shortlists', async () => {
    openFresh();
    await db.candidates.bulkPut([
      { ...saved, id: 'c1', githubLogin: 'ada', displayName: 'Ada', profileUrls: ['https://github.com/ada'], createdAt: 1, updatedAt: 5 },
      { ...saved, id: 'c2', githubLogin: 'bob', displayName: null, profileUrls: [], createdAt: 2, updatedAt: 3 },
    ]);
    await db.shortlists.put({ id: 's1', name: 'Backend Q1', candidateIds: ['c1', 'c2'], createdAt: 1, updatedAt: 1 });
    expect((await db.candidates.where('githubLogin').equals('ada').first())?.id).toBe('c1');
    expect((await db.candidates.orderBy('updatedAt').keys())).toEqual([3, 5]);
    expect((await db.shortlists.get('s1'))?.candidateIds).toEqual(['c1', 'c2']);
  });
});

describe('DexieResponseCache', () => {
  it('round-trips an entry', async () => {
    openFresh();
    const cache = new DexieResponseCache(db);
    const entry = { key: 'GET /users/{username} {"username":"ada"}', body: { login: 'ada' }, etag: '"e1"', lastModified: null, fetchedAt: 42 };
    await cache.put(entry);
    expect(await cache.get(entry.key)).toEqual(entry);
  });

  it('treats a record that no longer parses as a miss', async () => {
    openFresh();
    await db.apiCache.put({ key: 'broken', body: 1, etag: 5, fetchedAt: 'yesterday' } as never);
    expect(await new DexieResponseCache(db).get('broken')).toBeUndefined();
  });
});

/** Two outcomes of the technical screen (the later one counts) and one of the practical task. */
function outcomeHistory(i: number) {
  return [
    { at: i, stage: 'technical-screen', note: '', outcome: { kit: 'technical-screen', result: 'hold', checks: [] } },
    { at: i + 1, stage: 'technical-screen', note: 'No tests.', outcome: { kit: 'technical-screen', result: 'reject', checks: ['Read the task'] } },
    { at: i + 2, stage: 'technical-screen', note: '', outcome: { kit: 'practical-task', result: 'advance', checks: [] } },
  ];
}

describe('upgrade from schema version 1 to the current one', () => {
  it('keeps every record, converts version-1 scorecards to the flat shape and summarizes stage outcomes', async () => {
    const name = `pyvet-upgrade-${++counter}`;
    // A database as schema version 1 left it, with data in every store.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      apiCache: '&key, fetchedAt',
      candidates: '&id, githubLogin, updatedAt',
      scorecards: '&id, name',
      shortlists: '&id, name, updatedAt',
    });
    await v1.table('candidates').bulkPut(
      Array.from({ length: 10_000 }, (_, i) => ({
        id: `c${i}`,
        githubLogin: `dev${i}`,
        displayName: i % 3 ? `Developer ${i}` : null,
        profileUrls: [`https://github.com/dev${i}`],
        createdAt: i,
        updatedAt: i,
        // A tenth carry stage outcomes, as a record synced from a newer pyvet would: the upgrades keep them.
        ...(i % 10 === 0 && { history: outcomeHistory(i) }),
      })),
    );
    await v1.table('apiCache').put({ key: 'GET /users/{username} {"username":"dev1"}', body: { login: 'dev1' }, etag: '"e"', lastModified: null, fetchedAt: 5 });
    await v1.table('scorecards').put({
      id: 'mine',
      name: 'Platform engineer',
      skills: { mustHave: ['FastAPI', 'Kubernetes'], niceToHave: ['Go'], notRequired: ['React'] },
      updatedAt: 7,
    });
    await v1.table('shortlists').put({ id: 's1', name: 'Q1', candidateIds: ['c1'], createdAt: 1, updatedAt: 1 });
    v1.close();

    db = new PyvetDatabase(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.candidates.count()).toBe(10_000);
    // Version 6 summarized every record for the shortlists table.
    expect(await db.candidateSummaries.count()).toBe(10_000);
    expect(await db.candidateSummaries.get('c9999')).toEqual({
      id: 'c9999',
      githubLogin: 'dev9999',
      displayName: null,
      profileUrls: ['https://github.com/dev9999'],
      stage: 'profile-filter',
      note: '',
      tags: [],
      averageScore: null,
      assessment: null,
      outcomes: {},
      createdAt: 9999,
      updatedAt: 9999,
      problem: null,
    });
    // Version 7 summarized each kit's latest outcome.
    expect(await db.candidateSummaries.get('c9990')).toMatchObject({ stage: 'profile-filter', outcomes: { 'technical-screen': 'reject', 'practical-task': 'advance' } });
    expect((await db.candidates.get('c9990'))?.history).toEqual(outcomeHistory(9990));
    const summaries = await db.candidateSummaries.toArray();
    expect(summaries.filter((summary) => summary.outcomes['technical-screen'] === 'reject')).toHaveLength(1000);
    expect(summaries.every((summary) => summary.problem === null)).toBe(true);
    expect(await db.candidates.get('c9999')).toEqual({
      id: 'c9999',
      githubLogin: 'dev9999',
      displayName: null,
      profileUrls: ['https://github.com/dev9999'],
      stage: 'profile-filter',
      note: '',
      tags: [],
      history: [],
      scores: {},
      assessment: null,
      merged: [],
      createdAt: 9999,
      updatedAt: 9999,
    });
    expect(await db.candidates.where('stage').equals('profile-filter').count()).toBe(10_000);
    expect((await db.candidates.where('githubLogin').equals('dev4243').first())?.displayName).toBe('Developer 4243');
    // Version 5's index of profile addresses covers the upgraded records.
    expect((await db.candidates.where('profileUrls').equals('https://github.com/dev777').first())?.id).toBe('c777');
    expect(await db.apiCache.count()).toBe(1);
    expect(await db.shortlists.get('s1')).toMatchObject({ candidateIds: ['c1'] });
    expect(await db.scorecards.get('mine')).toEqual({
      id: 'mine',
      name: 'Platform engineer',
      templateId: null,
      mustHave: ['FastAPI', 'Kubernetes'],
      niceToHave: ['Go'],
      notRequired: ['React'],
      updatedAt: 7,
    });
  });
});

describe('upgrade from schema version 5 to 6', () => {
  it('summarizes a record that fails the schema too, saying what is wrong, and keeps it as stored', async () => {
    const name = `pyvet-upgrade-${++counter}`;
    const v5 = new Dexie(name);
    v5.version(5).stores({
      apiCache: '&key, fetchedAt',
      candidates: '&id, githubLogin, updatedAt, stage, *profileUrls',
      scorecards: '&id, name, templateId',
      shortlists: '&id, name, updatedAt',
    });
    const sound = { ...saved, id: 'c1', githubLogin: 'ada', displayName: 'Ada', profileUrls: ['https://github.com/ada'], createdAt: 1, updatedAt: 5, scores: { FastAPI: 4, pytest: 5 } };
    // Written by a future version, say: a stage this one does not know.
    const odd = { ...saved, id: 'c2', githubLogin: 'bob', displayName: 'Bob', profileUrls: [], createdAt: 2, updatedAt: 3, stage: 'offer', tags: ['x'] };
    await v5.table('candidates').bulkPut([sound, odd]);
    v5.close();

    db = new PyvetDatabase(name);
    await db.open();
    expect(await db.candidateSummaries.get('c1')).toMatchObject({ githubLogin: 'ada', averageScore: 4.5, problem: null });
    expect(await db.candidateSummaries.get('c2')).toEqual({
      id: 'c2',
      githubLogin: 'bob',
      displayName: 'Bob',
      profileUrls: [],
      stage: 'profile-filter',
      note: '',
      tags: [],
      averageScore: null,
      assessment: null,
      outcomes: {},
      createdAt: 2,
      updatedAt: 3,
      problem: expect.stringMatching(/^stage: /),
    });
    expect(await db.candidates.get('c2')).toEqual(odd);
  });
});

describe('upgrade from schema version 6 to 7', () => {
  it('makes every summary again from its record, keeping an unreadable record listed with its problem', async () => {
    const name = `pyvet-upgrade-${++counter}`;
    const v6 = new Dexie(name);
    v6.version(6).stores({
      apiCache: '&key, fetchedAt',
      candidates: '&id, githubLogin, updatedAt, stage, *profileUrls',
      scorecards: '&id, name, templateId',
      shortlists: '&id, name, updatedAt',
      candidateSummaries: '&id, updatedAt',
    });
    const sound = { ...saved, id: 'c1', githubLogin: 'ada', displayName: 'Ada', profileUrls: [], createdAt: 1, updatedAt: 5, history: outcomeHistory(1) };
    const odd = { ...saved, id: 'c2', githubLogin: 'bob', displayName: 'Bob', profileUrls: [], createdAt: 2, updatedAt: 3, stage: 'offer' };
    // Version 6's summaries, without outcomes.
    const stale = { id: 'c1', githubLogin: 'ada', displayName: 'Ada', profileUrls: [], stage: 'profile-filter', note: '', tags: [], averageScore: null, assessment: null, createdAt: 1, updatedAt: 5, problem: null };
    await v6.table('candidates').bulkPut([sound, odd]);
    await v6.table('candidateSummaries').bulkPut([stale, { ...stale, id: 'c2', problem: 'stage: Invalid option' }]);
    v6.close();

    db = new PyvetDatabase(name);
    await db.open();
    expect(await db.candidateSummaries.get('c1')).toEqual({ ...stale, outcomes: { 'technical-screen': 'reject', 'practical-task': 'advance' } });
    expect(await db.candidateSummaries.get('c2')).toMatchObject({ githubLogin: 'bob', outcomes: {}, problem: expect.stringMatching(/^stage: /) });
    expect(await db.candidates.toArray()).toEqual([sound, odd]);
  });
});
