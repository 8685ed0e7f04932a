import { describe, expect, it } from 'vitest';
import type { CandidateEvent } from '@/lib/shortlists/records';
import { describeOutcomes, latestOutcomes, stageAfterOutcome } from '@/lib/shortlists/stage-outcomes';

const NOV_29 = Date.UTC(2026, 10, 29);
const NOV_30 = Date.UTC(2026, 10, 30);
const history: CandidateEvent[] = [
  { at: 1, stage: 'profile-filter', note: 'Saved.' },
  { at: NOV_29, stage: 'technical-screen', note: 'Unsure.', outcome: { kit: 'technical-screen', result: 'hold', checks: [] } },
  { at: NOV_30, stage: 'practical-task', note: 'Good.', outcome: { kit: 'technical-screen', result: 'advance', checks: ['a', 'b'] } },
  { at: NOV_30, stage: 'practical-task', note: '', outcome: { kit: 'first-30-days', result: 'reject', checks: [] } },
];

describe('stage outcomes', () => {
  it('takes each kit’s latest entry with an outcome', () => {
    expect(latestOutcomes(history)).toEqual({
      'technical-screen': { result: 'advance', at: NOV_30, checks: ['a', 'b'], note: 'Good.' },
      'first-30-days': { result: 'reject', at: NOV_30, checks: [], note: '' },
    });
    // By time, not by place: an imported entry may sit anywhere in the history.
    expect(latestOutcomes([...history].reverse())['technical-screen']?.result).toBe('advance');
    expect(latestOutcomes([])).toEqual({});
  });

  it('describes them in funnel order', () => {
    expect(describeOutcomes(history)).toEqual(['Technical screen: advance (2026-11-30)', 'First 30 days: reject (2026-11-30)']);
  });

  it.each([
    ['technical-screen', 'technical-screen', 'advance', 'practical-task'],
    ['profile-filter', 'technical-screen', 'advance', 'practical-task'],
    ['technical-screen', 'technical-screen', 'hold', 'technical-screen'],
    ['technical-screen', 'technical-screen', 'reject', 'technical-screen'],
    ['soft-skills', 'soft-skills', 'advance', 'close'],
    ['close', 'close', 'advance', 'close'],
    ['close', 'first-30-days', 'advance', 'close'],
    ['soft-skills', 'first-30-days', 'advance', 'soft-skills'],
    ['architecture-interview', 'technical-screen', 'advance', 'architecture-interview'],
  ] as const)('at %s, %s %s leaves the candidate at %s', (current, kit, result, expected) => {
    expect(stageAfterOutcome(current, kit, result)).toBe(expected);
  });
});
