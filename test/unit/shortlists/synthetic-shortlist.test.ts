import { describe, expect, it } from 'vitest';
import { CandidateSchema, ShortlistSchema, StageSchema } from '@/lib/shortlists/records';
import { syntheticCandidates } from '../../../bench/synthetic-shortlist';

const NOW = Date.parse('2026-11-26T10:00:00Z');

describe('syntheticCandidates', () => {
  const { candidates, shortlists } = syntheticCandidates(200, NOW);

  it('makes candidates that pass the stored schema', () => {
    expect(candidates).toHaveLength(200);
    for (const candidate of candidates) expect(CandidateSchema.parse(candidate)).toEqual(candidate);
  });

  it('makes three shortlists of existing candidates', () => {
    const ids = new Set(candidates.map((candidate) => candidate.id));
    expect(shortlists).toHaveLength(3);
    for (const shortlist of shortlists) {
      ShortlistSchema.parse(shortlist);
      expect(shortlist.candidateIds.length).toBeGreaterThan(0);
      expect(shortlist.candidateIds.every((id) => ids.has(id))).toBe(true);
    }
  });

  it('is the same every run', () => {
    expect(syntheticCandidates(200, NOW)).toEqual({ candidates, shortlists });
  });

  it('spreads over the funnel, assesses most against three roles and varies the rest', () => {
    expect(new Set(candidates.map((candidate) => candidate.stage))).toEqual(new Set(StageSchema.options));
    const assessed = candidates.filter((candidate) => candidate.assessment !== null);
    expect(assessed.length / candidates.length).toBeGreaterThan(0.7);
    expect(assessed.length / candidates.length).toBeLessThan(0.9);
    expect(new Set(assessed.map((candidate) => candidate.assessment?.role.id)).size).toBe(3);
    expect(assessed.every((candidate) => (candidate.assessment?.flags.length ?? 0) <= 3)).toBe(true);
    expect(candidates.every((candidate) => candidate.tags.length <= 4 && candidate.note.length <= 300)).toBe(true);
    expect(candidates.every((candidate) => candidate.history.length >= 1 && candidate.history.length <= 5)).toBe(true);
    expect(candidates.every((candidate) => candidate.profileUrls.length >= 1 && candidate.profileUrls.length <= 2)).toBe(true);
    expect(candidates.every((candidate) => Object.keys(candidate.scores).length <= 6)).toBe(true);
    expect(candidates.some((candidate) => Object.keys(candidate.scores).length === 0)).toBe(true);
    expect(candidates.some((candidate) => candidate.githubLogin === null)).toBe(true);
  });
});
