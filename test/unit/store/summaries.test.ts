import { afterEach, describe, expect, it, vi } from 'vitest';
import { CandidateStore } from '@/lib/store/candidates';
import { PyvetDatabase } from '@/lib/store/db';
import { watchPipeline, type PipelineSnapshot } from '@/lib/store/watch-pipeline';
import { summarize } from '@/lib/shortlists/summary';
import type { SaveCandidate } from '@/lib/shortlists/records';
import { candidateRecord } from '../../support/candidates';

let counter = 0;
const opened: PyvetDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

function store() {
  const db = new PyvetDatabase(`pyvet-summaries-${++counter}`);
  opened.push(db);
  let ids = 0;
  return { db, candidates: new CandidateStore(db, () => `id-${++ids}`) };
}

const save = (login: string, overrides: Partial<SaveCandidate> = {}): SaveCandidate => ({
  githubLogin: login,
  displayName: null,
  profileUrl: `https://github.com/${login}`,
  stage: 'profile-filter',
  note: '',
  shortlist: 'Backend',
  ...overrides,
});

/** Every stored summary equals the summary of its stored record, and there is one per record. */
async function expectInStep(db: PyvetDatabase) {
  const [records, summaries] = await Promise.all([db.candidates.toArray(), db.candidateSummaries.toArray()]);
  expect(summaries.sort((a, b) => a.id.localeCompare(b.id))).toEqual(records.sort((a, b) => a.id.localeCompare(b.id)).map(summarize));
}

describe('candidate summaries', () => {
  it('stay in step with the records through save, stage change, merge, un-merge, delete, restore and import', async () => {
    const { db, candidates } = store();
    const ada = (await candidates.save(save('ada', { scores: { FastAPI: 4 }, tags: ['remote'] }), 100)).candidate;
    const upwork = (await candidates.save(save('x', { githubLogin: null, profileUrl: 'https://www.upwork.com/freelancers/~01ada' }), 110)).candidate;
    await expectInStep(db);
    expect(await db.candidateSummaries.get(ada.id)).toMatchObject({ averageScore: 4, tags: ['remote'] });

    await candidates.setStage([ada.id], 'close', 120);
    await expectInStep(db);
    expect((await db.candidateSummaries.get(ada.id))?.stage).toBe('close');

    await candidates.merge(ada.id, upwork.id, 130);
    await expectInStep(db);
    expect(await db.candidateSummaries.get(upwork.id)).toBeUndefined();

    await candidates.unmerge(ada.id, upwork.id, 140);
    await expectInStep(db);
    expect(await db.candidateSummaries.count()).toBe(2);

    const deleted = await candidates.delete([ada.id], 150);
    await expectInStep(db);
    await candidates.restore(deleted);
    await expectInStep(db);

    const imported = { ...(await candidates.read([ada.id])).candidates[0]!, id: 'imported', githubLogin: 'grace', updatedAt: 160 };
    await candidates.applyImport({ candidatesToPut: [imported], shortlistsToPut: [] });
    await expectInStep(db);
    expect(await db.candidateSummaries.count()).toBe(3);
  });

  it('are not written when the records of a write are refused', async () => {
    const { db, candidates } = store();
    const ada = (await candidates.save(save('ada'), 100)).candidate;
    await expect(candidates.applyImport({ candidatesToPut: [{ ...ada, id: 'new', note: 'x' }, { ...ada, id: '' }], shortlistsToPut: [] })).rejects.toThrow();
    await expectInStep(db);
    expect(await db.candidateSummaries.count()).toBe(1);
  });
});

describe('reading full records', () => {
  it('checks them when read and reports one that fails the schema, without touching it', async () => {
    const { db, candidates } = store();
    const ada = (await candidates.save(save('ada'), 100)).candidate;
    const broken = { ...ada, id: 'broken', history: [{ at: 1, stage: 'offer', note: '' }] };
    await db.candidates.put(broken as never);

    const { candidates: read, unreadable } = await candidates.read([ada.id, 'broken', 'gone']);
    expect(read.map((candidate) => candidate.id)).toEqual([ada.id]);
    expect(unreadable).toEqual([{ id: 'broken', problem: expect.stringMatching(/^history\[0\]\.stage: /) }]);
    expect(await db.candidates.get('broken')).toEqual(broken);
  });
});

describe('watchPipeline', () => {
  it('applies a write by reading only the summaries it touched', async () => {
    const { db, candidates } = store();
    for (const login of ['ada', 'bob', 'chidi']) await candidates.save(save(login), 100);
    const snapshots: PipelineSnapshot[] = [];
    const stop = watchPipeline(candidates, (snapshot) => snapshots.push(snapshot), (error) => {
      throw error;
    });
    await vi.waitFor(() => expect(snapshots.at(-1)?.complete).toBe(true));
    const reads = vi.spyOn(candidates, 'summaries');
    const pages = vi.spyOn(candidates, 'summaryPage');
    const settled = snapshots.length;

    const [ada, bob] = (await db.candidateSummaries.toArray()).sort((a, b) => a.id.localeCompare(b.id));
    await candidates.setStage([ada!.id], 'close', 200);
    await vi.waitFor(() => expect(snapshots.length).toBeGreaterThan(settled));
    expect(reads.mock.calls).toEqual([[[ada!.id]]]);
    expect(pages).not.toHaveBeenCalled();
    const afterMove = snapshots.at(-1)!;
    expect(afterMove.summaries.map((summary) => [summary.githubLogin, summary.stage]).sort()).toEqual([
      ['ada', 'close'],
      ['bob', 'profile-filter'],
      ['chidi', 'profile-filter'],
    ]);

    await candidates.delete([bob!.id], 300);
    await vi.waitFor(() => expect(snapshots.at(-1)?.total).toBe(2));
    expect(snapshots.at(-1)?.shortlists[0]?.candidateIds).not.toContain(bob!.id);
    expect(reads.mock.calls.at(-1)).toEqual([[bob!.id]]);
    stop();
  });

  it('shows the most recent first, then every summary a page at a time', async () => {
    const { candidates } = store();
    const many = Array.from({ length: 4_100 }, (_, index) => ({
      ...candidateRecord({ id: `c${String(index).padStart(5, '0')}`, githubLogin: `dev${index}` }),
      updatedAt: index,
    }));
    await candidates.applyImport({ candidatesToPut: many, shortlistsToPut: [] });
    const snapshots: PipelineSnapshot[] = [];
    const stop = watchPipeline(candidates, (snapshot) => snapshots.push(snapshot), (error) => {
      throw error;
    });
    await vi.waitFor(() => expect(snapshots.at(-1)?.complete).toBe(true));
    stop();
    const sizes = snapshots.map((snapshot) => [snapshot.summaries.length, snapshot.total, snapshot.complete]);
    // The 50 most recently changed, then the first two pages of 2 000 (plus those 50, where they are not among them), then all.
    expect(sizes).toEqual([
      [50, 4_100, false],
      [2_050, 4_100, false],
      [4_050, 4_100, false],
      [4_100, 4_100, true],
    ]);
    expect(snapshots[0]?.summaries.map((summary) => summary.githubLogin).slice(0, 2)).toEqual(['dev4099', 'dev4098']);
  });
});
