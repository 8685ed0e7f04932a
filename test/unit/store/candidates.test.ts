import { afterEach, describe, expect, it } from 'vitest';
import { CandidateStore } from '@/lib/store/candidates';
import { PyvetDatabase } from '@/lib/store/db';

let counter = 0;
let db: PyvetDatabase;
afterEach(async () => {
  await db.delete();
});

function store() {
  db = new PyvetDatabase(`pyvet-candidates-${++counter}`);
  let ids = 0;
  return new CandidateStore(db, () => `id-${++ids}`);
}

const onGitHub = {
  githubLogin: 'Ada',
  displayName: 'Ada Lovelace',
  profileUrl: 'https://github.com/Ada',
  stage: 'profile-filter' as const,
  note: 'Strong tests in her parser.',
  shortlist: 'Backend Q1',
};

describe('CandidateStore', () => {
  it('saves a new candidate into a new shortlist, with a first history entry', async () => {
    const candidates = store();
    const { candidate, shortlist } = await candidates.save(onGitHub, 100);
    expect(candidate).toEqual({
      id: 'id-1',
      githubLogin: 'Ada',
      displayName: 'Ada Lovelace',
      profileUrls: ['https://github.com/Ada'],
      stage: 'profile-filter',
      note: 'Strong tests in her parser.',
      tags: [],
      history: [{ at: 100, stage: 'profile-filter', note: 'Strong tests in her parser.' }],
      scores: {},
      assessment: null,
      merged: [],
      createdAt: 100,
      updatedAt: 100,
    });
    expect(shortlist).toEqual({ id: 'id-2', name: 'Backend Q1', candidateIds: ['id-1'], createdAt: 100, updatedAt: 100 });
  });

  it('keeps one record per person: the same login in any case, or a marketplace profile saved with it', async () => {
    const candidates = store();
    await candidates.save(onGitHub, 100);
    await candidates.save({ ...onGitHub, githubLogin: 'ada', profileUrl: 'https://www.upwork.com/freelancers/~01ada', stage: 'technical-screen', note: 'Screen booked.' }, 200);
    // Later, on the Upwork profile without a GitHub login in hand: found by the address on record.
    const third = await candidates.save(
      { ...onGitHub, githubLogin: null, displayName: null, profileUrl: 'https://www.upwork.com/freelancers/~01ada', stage: 'practical-task', note: '' },
      300,
    );
    expect(await db.candidates.count()).toBe(1);
    expect(third.candidate).toMatchObject({
      githubLogin: 'Ada',
      displayName: 'Ada Lovelace',
      profileUrls: ['https://github.com/Ada', 'https://www.upwork.com/freelancers/~01ada'],
      stage: 'practical-task',
      createdAt: 100,
      updatedAt: 300,
    });
    expect(third.candidate.history.map((event) => event.stage)).toEqual(['profile-filter', 'technical-screen', 'practical-task']);
    expect(third.shortlist.candidateIds).toEqual([third.candidate.id]);
  });

  it('refuses a save that breaks the contract and writes nothing', async () => {
    const candidates = store();
    await expect(candidates.save({ ...onGitHub, shortlist: '   ' }, 100)).rejects.toThrow();
    await expect(candidates.save({ ...onGitHub, profileUrl: 'not a url' }, 100)).rejects.toThrow();
    await expect(candidates.save({ ...onGitHub, profileUrl: 'javascript:alert(1)' }, 100)).rejects.toThrow();
    await expect(candidates.save({ ...onGitHub, profileUrl: 'http://github.com/Ada' }, 100)).rejects.toThrow();
    expect(await db.candidates.count()).toBe(0);
    expect(await db.shortlists.count()).toBe(0);
  });
});
