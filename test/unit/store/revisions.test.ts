import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { candidatesRevision } from '@/lib/settings/settings';
import { CandidateStore } from '@/lib/store/candidates';
import { PyvetDatabase } from '@/lib/store/db';
import { announceCandidateWrites } from '@/lib/store/revisions';

const SAVE = { githubLogin: 'ada', displayName: null, profileUrl: 'https://github.com/ada', stage: 'close', note: '', shortlist: 'S' } as const;
/** Longer than the revision's settle time: what has not been bumped by then is not bumped. */
const settled = () => new Promise((done) => setTimeout(done, 150));

let counter = 0;
const databases: PyvetDatabase[] = [];
/** One view's connection to a fresh database, announcing its writes or not. */
function connection(name: string, announce: { now: () => number } | null): PyvetDatabase {
  const db = new PyvetDatabase(name);
  if (announce) announceCandidateWrites(db, announce.now);
  databases.push(db);
  return db;
}
afterEach(async () => {
  const opened = databases.splice(0);
  for (const db of opened) db.close();
  for (const name of new Set(opened.map((db) => db.name))) await Dexie.delete(name);
});

describe('announceCandidateWrites', () => {
  it('bumps the revision once a write to candidates or shortlists is committed, never for the response cache', async () => {
    const db = connection(`pyvet-revisions-${++counter}`, { now: () => 42 });
    await db.apiCache.put({ key: 'k', body: {}, etag: null, lastModified: null, fetchedAt: 1 });
    await settled();
    expect(await candidatesRevision.getValue()).toBe(0);

    await new CandidateStore(db).save(SAVE, 1);
    await vi.waitFor(async () => expect(await candidatesRevision.getValue()).toBe(42));
  });

  it('bumps once for writes in a row, and not for a write that was rolled back', async () => {
    let bumps = 0;
    const db = connection(`pyvet-revisions-${++counter}`, { now: () => ++bumps });
    const store = new CandidateStore(db);
    const { candidate } = await store.save(SAVE, 1);
    await store.setStage([candidate.id], 'technical-screen', 2);
    await vi.waitFor(async () => expect(await candidatesRevision.getValue()).toBe(1));

    await expect(
      db.transaction('rw', db.candidates, async () => {
        await db.candidates.delete(candidate.id);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await settled();
    expect(bumps).toBe(1);
    expect(await db.candidates.count()).toBe(1);
  });

  it('is each writer’s own job: a view that writes without announcing bumps nothing, even with another view announcing', async () => {
    const name = `pyvet-revisions-${++counter}`;
    const announcing = connection(name, { now: () => 7 });
    await announcing.open();
    // The shortlists page's connection, say, with no announcing of its own: the background does not hear of it.
    await new CandidateStore(connection(name, null)).save(SAVE, 1);
    await settled();
    expect(await candidatesRevision.getValue()).toBe(0);
  });

  it('must be set up before the database opens', async () => {
    const db = connection(`pyvet-revisions-${++counter}`, null);
    await db.open();
    expect(() => announceCandidateWrites(db)).toThrow('before the database opens');
  });
});
