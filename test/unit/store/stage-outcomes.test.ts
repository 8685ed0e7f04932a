import { afterEach, describe, expect, it } from 'vitest';
import { CandidateStore } from '@/lib/store/candidates';
import { PyvetDatabase } from '@/lib/store/db';

let counter = 0;
let db: PyvetDatabase;
afterEach(async () => {
  await db.delete();
});

function store() {
  db = new PyvetDatabase(`pyvet-stage-outcomes-${++counter}`);
  let ids = 0;
  return new CandidateStore(db, () => `id-${++ids}`);
}

const ada = {
  githubLogin: 'ada',
  displayName: 'Ada Lovelace',
  profileUrl: 'https://github.com/ada',
  stage: 'technical-screen' as const,
  note: 'Screen booked.',
  shortlist: 'Backend Q1',
};
const DAY = 24 * 3600_000;
/** Records an outcome for Ada, found by her profile as the sidebar and popup find her. */
const recordForAda = (candidates: CandidateStore, outcome: Parameters<CandidateStore['recordStageOutcomeFor']>[2], now: number) =>
  candidates.recordStageOutcomeFor(ada.githubLogin, ada.profileUrl, outcome, now);
const NOV_30 = Date.UTC(2026, 10, 30);

describe('recording a stage outcome', () => {
  it('moves the candidate to the next stage on advance and keeps the entry, dated, in the history', async () => {
    const candidates = store();
    const { candidate } = await candidates.save(ada, NOV_30 - DAY);
    const checks = ['Explained the GIL trade-off', 'Wrote a test first'];
    const updated = await recordForAda(candidates, { kit: 'technical-screen', result: 'advance', checks, note: 'Clear thinker.' }, NOV_30);
    expect(updated).toMatchObject({ stage: 'practical-task', note: 'Screen booked.', updatedAt: NOV_30 });
    expect(updated?.history.at(-1)).toEqual({
      at: NOV_30,
      stage: 'practical-task',
      note: 'Clear thinker.',
      outcome: { kit: 'technical-screen', result: 'advance', checks },
    });
    expect(await db.candidates.get(candidate.id)).toEqual(updated);
    expect((await db.candidateSummaries.get(candidate.id))?.outcomes).toEqual({ 'technical-screen': 'advance' });
  });

  it.each(['hold', 'reject'] as const)('keeps the stage on %s', async (result) => {
    const candidates = store();
    const { candidate } = await candidates.save(ada, 100);
    const updated = await recordForAda(candidates, { kit: 'technical-screen', result, checks: [], note: '' }, 200);
    expect(updated?.stage).toBe('technical-screen');
    expect(updated?.history.at(-1)).toMatchObject({ at: 200, stage: 'technical-screen', outcome: { result } });
    expect((await db.candidateSummaries.get(candidate.id))?.outcomes).toEqual({ 'technical-screen': result });
  });

  it('leaves the stage at close on an advance at close, and never moves for the first 30 days', async () => {
    const candidates = store();
    const { candidate } = await candidates.save({ ...ada, stage: 'close' }, 100);
    const closed = await recordForAda(candidates, { kit: 'close', result: 'advance', checks: [], note: 'Offer signed.' }, 200);
    expect(closed?.stage).toBe('close');
    const settled = await recordForAda(candidates, { kit: 'first-30-days', result: 'advance', checks: ['Shipped a fix'], note: '' }, 300);
    expect(settled?.stage).toBe('close');
    expect((await db.candidateSummaries.get(candidate.id))?.outcomes).toEqual({ close: 'advance', 'first-30-days': 'advance' });
  });

  it('does not move a candidate back when an earlier stage is advanced late', async () => {
    const candidates = store();
    await candidates.save({ ...ada, stage: 'soft-skills' }, 100);
    const updated = await recordForAda(candidates, { kit: 'technical-screen', result: 'advance', checks: [], note: '' }, 200);
    expect(updated?.stage).toBe('soft-skills');
  });

  it('keeps the latest outcome per kit in the summary, and every entry in the history', async () => {
    const candidates = store();
    const { candidate } = await candidates.save(ada, 100);
    await recordForAda(candidates, { kit: 'technical-screen', result: 'hold', checks: [], note: 'Ask again about asyncio.' }, 200);
    const updated = await recordForAda(candidates, { kit: 'technical-screen', result: 'reject', checks: [], note: '' }, 300);
    expect(updated?.history.filter((event) => event.outcome).map((event) => event.outcome?.result)).toEqual(['hold', 'reject']);
    expect((await db.candidateSummaries.get(candidate.id))?.outcomes).toEqual({ 'technical-screen': 'reject' });
  });

  it('finds the candidate by login or profile address, and answers null for someone not saved', async () => {
    const candidates = store();
    await candidates.save(ada, 100);
    const found = await candidates.recordStageOutcomeFor(null, 'https://github.com/ada', { kit: 'technical-screen', result: 'hold', checks: [], note: '' }, 200);
    expect(found?.history).toHaveLength(2);
    expect(await candidates.recordStageOutcomeFor('grace', 'https://github.com/grace', { kit: 'technical-screen', result: 'hold', checks: [], note: '' }, 200)).toBeNull();
    expect(await db.candidates.count()).toBe(1);
  });

  it('refuses an outcome off the schema and writes nothing', async () => {
    const candidates = store();
    const { candidate } = await candidates.save(ada, 100);
    const tooLong = { kit: 'technical-screen' as const, result: 'advance' as const, checks: ['x'.repeat(301)], note: '' };
    await expect(recordForAda(candidates, tooLong, 200)).rejects.toThrow();
    expect((await db.candidates.get(candidate.id))?.history).toHaveLength(1);
  });
});
