import { afterEach, describe, expect, it } from 'vitest';
import { CandidateStore } from '@/lib/store/candidates';
import { type SaveCandidate } from '@/lib/shortlists/records';
import { PyvetDatabase } from '@/lib/store/db';
import type { Assessment } from '@/lib/judgement/assessment';

let counter = 0;
const opened: PyvetDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** A store on its own database; `name` lets several stores share one, as popup, sidebar and page do. */
function store(name = `pyvet-operations-${++counter}`) {
  const db = new PyvetDatabase(name);
  opened.push(db);
  const connection = ++counter;
  let ids = 0;
  return { db, candidates: new CandidateStore(db, () => `c${connection}-id-${++ids}`) };
}

const save = (overrides: Partial<SaveCandidate> = {}): SaveCandidate => ({
  githubLogin: 'ada',
  displayName: 'Ada Lovelace',
  profileUrl: 'https://github.com/ada',
  stage: 'profile-filter',
  note: '',
  shortlist: 'Backend',
  ...overrides,
});

const assessment: Assessment = {
  role: { id: 'backend', name: 'Backend (FastAPI/Django)' },
  mustHaves: [{ skill: 'FastAPI', status: 'evidenced' }],
  flags: ['no-tests'],
  summary: '1 of 1 must-haves evidenced',
  at: 50,
};

describe('quick scores, tags and assessment', () => {
  it('keeps earlier scores for skills left unscored and records each scored save in the history', async () => {
    const { candidates } = store();
    await candidates.save(save({ scores: { FastAPI: 4, PostgreSQL: 2 }, tags: ['async', 'remote'], assessment }), 100);
    const { candidate } = await candidates.save(save({ scores: { PostgreSQL: 5 }, stage: 'technical-screen' }), 200);
    expect(candidate.scores).toEqual({ FastAPI: 4, PostgreSQL: 5 });
    expect(candidate.tags).toEqual(['async', 'remote']);
    expect(candidate.assessment).toEqual(assessment);
    expect(candidate.history).toEqual([
      { at: 100, stage: 'profile-filter', note: '', scores: { FastAPI: 4, PostgreSQL: 2 } },
      { at: 200, stage: 'technical-screen', note: '', scores: { PostgreSQL: 5 } },
    ]);
  });

  it('de-duplicates tags without regard to case and refuses a score outside 1-5', async () => {
    const { candidates, db } = store();
    const { candidate } = await candidates.save(save({ tags: ['Async', 'async', 'Remote'] }), 100);
    expect(candidate.tags).toEqual(['Async', 'Remote']);
    await expect(candidates.save(save({ scores: { FastAPI: 6 } }), 200)).rejects.toThrow();
    expect((await db.candidates.get(candidate.id))?.history).toHaveLength(1);
  });
});

describe('bulk stage change', () => {
  it('moves only candidates not already at the stage, each with a history entry', async () => {
    const { candidates, db } = store();
    const ada = (await candidates.save(save(), 100)).candidate;
    const bob = (await candidates.save(save({ githubLogin: 'bob', profileUrl: 'https://github.com/bob', stage: 'practical-task' }), 100)).candidate;
    expect(await candidates.setStage([ada.id, bob.id, 'gone'], 'practical-task', 300)).toBe(1);
    expect(await db.candidates.get(ada.id)).toMatchObject({ stage: 'practical-task', updatedAt: 300 });
    expect((await db.candidates.get(ada.id))?.history.at(-1)).toEqual({ at: 300, stage: 'practical-task', note: '' });
    expect((await db.candidates.get(bob.id))?.history).toHaveLength(1);
  });
});

describe('delete with undo', () => {
  it('removes candidates from every shortlist and puts everything back on restore', async () => {
    const { candidates, db } = store();
    const ada = (await candidates.save(save(), 100)).candidate;
    await candidates.save(save({ shortlist: 'Data' }), 110);
    const bob = (await candidates.save(save({ githubLogin: 'bob', profileUrl: 'https://github.com/bob' }), 120)).candidate;
    const before = await candidates.everything();

    const deleted = await candidates.delete([ada.id], 200);
    expect(await db.candidates.count()).toBe(1);
    expect((await db.shortlists.toArray()).map((list) => list.candidateIds)).toEqual([[bob.id], []]);

    await candidates.restore(deleted);
    const after = await candidates.everything();
    expect(after.candidates).toEqual(before.candidates);
    expect(after.shortlists.map((list) => [list.name, list.candidateIds])).toEqual(before.shortlists.map((list) => [list.name, list.candidateIds]));
  });
});

describe('merge and un-merge by hand', () => {
  it('merges a marketplace record into the GitHub one and un-merges it back as it was', async () => {
    const { candidates, db } = store();
    const github = (await candidates.save(save({ scores: { FastAPI: 4 }, tags: ['async'] }), 100)).candidate;
    const upwork = (
      await candidates.save(
        save({ githubLogin: null, displayName: 'Ada L.', profileUrl: 'https://www.upwork.com/freelancers/~01ada', shortlist: 'Upwork', note: 'Rate $45/h', tags: ['upwork'] }),
        150,
      )
    ).candidate;

    const merged = await candidates.merge(github.id, upwork.id, 200);
    expect(merged.profileUrls).toEqual(['https://github.com/ada', 'https://www.upwork.com/freelancers/~01ada']);
    expect(merged.tags).toEqual(['async', 'upwork']);
    expect(merged.note).toBe('Rate $45/h');
    expect(merged.history.map((event) => event.at)).toEqual([100, 150]);
    expect(merged.merged.map((record) => record.id)).toEqual([upwork.id]);
    expect(await db.candidates.count()).toBe(1);
    expect((await db.shortlists.where('name').equals('Upwork').first())?.candidateIds).toEqual([github.id]);
    // Saving on the Upwork profile now finds the merged person.
    expect((await candidates.find(null, 'https://www.upwork.com/freelancers/~01ada'))?.id).toBe(github.id);

    const { target, restored } = await candidates.unmerge(github.id, upwork.id, 300);
    expect(restored).toEqual({ ...upwork, merged: [] });
    expect(target.profileUrls).toEqual(['https://github.com/ada']);
    expect(target.history.map((event) => event.at)).toEqual([100]);
    expect(target.githubLogin).toBe('ada');
    expect(target.merged).toEqual([]);
    expect((await db.shortlists.where('name').equals('Upwork').first())?.candidateIds).toEqual([github.id, upwork.id]);
  });

  it('keeps a candidate\'s ATS links through later saves and merges, the latest send per vendor winning', async () => {
    const { candidates } = store();
    const ada = (await candidates.save(save(), 100)).candidate;
    const ashby = { id: 'ash-1', url: 'https://app.ashbyhq.com/candidates/ash-1', sentAt: 110 };
    expect((await candidates.recordAtsLink(ada.id, 'ashby', ashby, 110))?.ats).toEqual({ ashby });
    expect((await candidates.save(save({ note: 'Screen booked.' }), 120)).candidate.ats).toEqual({ ashby });

    const upwork = (await candidates.save(save({ githubLogin: null, profileUrl: 'https://www.upwork.com/freelancers/~01ada' }), 130)).candidate;
    const olderAshby = { id: 'ash-0', url: 'https://app.ashbyhq.com/candidates/ash-0', sentAt: 90 };
    const lever = { id: 'opp-1', url: 'https://hire.lever.co/candidates/opp-1', sentAt: 140 };
    await candidates.recordAtsLink(upwork.id, 'ashby', olderAshby, 140);
    await candidates.recordAtsLink(upwork.id, 'lever', lever, 140);
    expect((await candidates.merge(ada.id, upwork.id, 200)).ats).toEqual({ ashby, lever });
    expect(await candidates.recordAtsLink('gone', 'lever', lever, 210)).toBeNull();
  });

  it('refuses to merge two different GitHub accounts, or a record into itself', async () => {
    const { candidates, db } = store();
    const ada = (await candidates.save(save(), 100)).candidate;
    const bob = (await candidates.save(save({ githubLogin: 'bob', profileUrl: 'https://github.com/bob' }), 100)).candidate;
    await expect(candidates.merge(ada.id, bob.id, 200)).rejects.toThrow('@bob and @ada are different GitHub accounts');
    await expect(candidates.merge(ada.id, ada.id, 200)).rejects.toThrow('cannot be merged into itself');
    expect(await db.candidates.count()).toBe(2);
  });
});

describe('import writes', () => {
  it('writes all of a plan or, when one record is bad, nothing', async () => {
    const { candidates, db } = store();
    const ada = (await candidates.save(save(), 100)).candidate;
    const good = { ...ada, id: 'imported', githubLogin: 'grace', profileUrls: ['https://github.com/grace'] };
    const bad = { ...ada, id: 'broken', stage: 'hired' } as never;
    await expect(
      candidates.applyImport({ candidatesToPut: [good, bad], shortlistsToPut: [{ id: 'new', name: 'New', candidateIds: ['imported'], createdAt: 1, updatedAt: 1 }] }),
    ).rejects.toThrow();
    expect(await db.candidates.count()).toBe(1);
    expect(await db.shortlists.count()).toBe(1);

    await candidates.applyImport({ candidatesToPut: [good], shortlistsToPut: [{ id: 'new', name: 'New', candidateIds: ['imported'], createdAt: 1, updatedAt: 1 }] });
    expect(await db.candidates.count()).toBe(2);
    expect(await db.shortlists.count()).toBe(2);
  });
});

describe('concurrent writes from popup, sidebar and shortlists page', () => {
  it('loses no update when three connections write the same candidate at once', async () => {
    const name = `pyvet-concurrent-${++counter}`;
    const popup = store(name);
    const sidebar = store(name);
    const page = store(name);
    const ada = (await popup.candidates.save(save(), 1)).candidate;

    const writes = Array.from({ length: 30 }, (_, i) => {
      const at = 100 + i;
      if (i % 3 === 0) return popup.candidates.save(save({ scores: { [`Skill ${i}`]: 3 }, note: `popup ${i}` }), at);
      if (i % 3 === 1) return sidebar.candidates.save(save({ profileUrl: `https://www.upwork.com/freelancers/~0${i}`, shortlist: `List ${i}` }), at);
      return page.candidates.setStage([ada.id], i % 2 ? 'technical-screen' : 'close', at);
    });
    await Promise.all(writes);

    const stored = (await page.candidates.everything()).candidates;
    expect(stored).toHaveLength(1);
    const [final] = stored;
    // Every save is in the history and every profile address and score survived.
    expect(final?.history.filter((event) => event.at >= 100 && event.note.startsWith('popup'))).toHaveLength(10);
    expect(final?.profileUrls.filter((url) => url.includes('upwork'))).toHaveLength(10);
    expect(Object.keys(final?.scores ?? {})).toHaveLength(10);
    const shortlists = (await page.candidates.everything()).shortlists;
    expect(shortlists.filter((list) => list.name.startsWith('List ')).every((list) => list.candidateIds.includes(ada.id))).toBe(true);
    expect(shortlists).toHaveLength(11);
  });
});

describe('managing shortlists', () => {
  it('adds candidates to a new or existing shortlist and takes them off one', async () => {
    const { candidates, db } = store();
    const ada = (await candidates.save(save(), 100)).candidate;
    const bob = (await candidates.save(save({ githubLogin: 'bob', profileUrl: 'https://github.com/bob', shortlist: 'Data' }), 100)).candidate;
    const added = await candidates.addToShortlist([ada.id, bob.id, 'gone'], 'Final round', 200);
    expect(added).toMatchObject({ name: 'Final round', candidateIds: [ada.id, bob.id] });
    expect((await candidates.addToShortlist([bob.id], 'Backend', 210)).candidateIds).toEqual([ada.id, bob.id]);
    expect(await candidates.removeFromShortlist(added.id, [ada.id], 300)).toBe(1);
    expect((await db.shortlists.get(added.id))?.candidateIds).toEqual([bob.id]);
    expect(await db.candidates.count()).toBe(2);
    await expect(candidates.addToShortlist([ada.id], '   ', 400)).rejects.toThrow();
  });

  it('renames a shortlist unless the name is taken', async () => {
    const { candidates } = store();
    const { shortlist } = await candidates.save(save(), 100);
    await candidates.save(save({ githubLogin: 'bob', profileUrl: 'https://github.com/bob', shortlist: 'Data' }), 100);
    expect((await candidates.renameShortlist(shortlist.id, ' Backend Q4 ', 200)).name).toBe('Backend Q4');
    await expect(candidates.renameShortlist(shortlist.id, 'Data', 300)).rejects.toThrow('There is already a shortlist called “Data”.');
  });

  it('deletes a shortlist but not its candidates, and puts it back', async () => {
    const { candidates, db } = store();
    const ada = (await candidates.save(save(), 100)).candidate;
    const bob = (await candidates.save(save({ githubLogin: 'bob', profileUrl: 'https://github.com/bob' }), 100)).candidate;
    const before = (await candidates.everything()).shortlists;
    const deleted = await candidates.deleteShortlist(before[0]!.id);
    expect(await db.shortlists.count()).toBe(0);
    expect(await db.candidates.count()).toBe(2);
    await candidates.delete([bob.id], 200);
    await candidates.restoreShortlist(deleted);
    expect((await candidates.everything()).shortlists).toEqual([{ ...before[0], candidateIds: [ada.id] }]);
  });
});
