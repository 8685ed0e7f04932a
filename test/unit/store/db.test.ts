import { afterEach, describe, expect, it } from 'vitest';
import { DexieResponseCache } from '@/lib/github/response-cache';
import { PyvetDatabase } from '@/lib/store/db';

let db: PyvetDatabase;
let counter = 0;
const openFresh = () => (db = new PyvetDatabase(`pyvet-test-${++counter}`));

afterEach(async () => {
  await db.delete();
});

describe('PyvetDatabase, schema version 1', () => {
  it('has the four stores with their indexes', async () => {
    openFresh();
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['apiCache', 'candidates', 'scorecards', 'shortlists']);
    expect(db.candidates.schema.indexes.map((index) => index.name).sort()).toEqual(['githubLogin', 'updatedAt']);
  });

  it('stores and finds candidates and shortlists', async () => {
    openFresh();
    await db.candidates.bulkPut([
      { id: 'c1', githubLogin: 'ada', displayName: 'Ada', profileUrls: ['https://github.com/ada'], createdAt: 1, updatedAt: 5 },
      { id: 'c2', githubLogin: 'bob', displayName: null, profileUrls: [], createdAt: 2, updatedAt: 3 },
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
