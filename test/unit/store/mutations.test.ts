import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CandidateStore } from '@/lib/store/candidates';
import { PyvetDatabase } from '@/lib/store/db';
import { touchesCandidates } from '@/lib/store/mutations';

let db: PyvetDatabase | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('touchesCandidates', () => {
  it.each([
    [{ 'idb://pyvet/candidates/': 1 }, true],
    [{ 'idb://pyvet/shortlists/updatedAt': 1 }, true],
    [{ all: 1 }, true],
    [{ 'idb://pyvet/apiCache/': 1, 'idb://pyvet/apiCache/fetchedAt': 1 }, false],
    [{ 'idb://other/candidates/': 1 }, false],
    [{}, false],
  ])('%o → %s', (parts, expected) => {
    expect(touchesCandidates(parts)).toBe(expected);
  });

  it('recognizes what Dexie reports for a real save, and not for a cache write', async () => {
    db = new PyvetDatabase('pyvet-mutations');
    await db.open();
    const seen: boolean[] = [];
    const listener = (parts: Record<string, unknown>) => seen.push(touchesCandidates(parts, 'pyvet-mutations'));
    Dexie.on('storagemutated', listener);
    try {
      await db.apiCache.put({ key: 'k', body: {}, etag: null, lastModified: null, fetchedAt: 1 });
      await new CandidateStore(db).save(
        { githubLogin: 'ada', displayName: null, profileUrl: 'https://github.com/ada', stage: 'close', note: '', shortlist: 'S' },
        1,
      );
    } finally {
      Dexie.on.storagemutated.unsubscribe(listener);
    }
    expect(seen).toEqual([false, true]);
  });
});
