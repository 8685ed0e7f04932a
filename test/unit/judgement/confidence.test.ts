import { beforeAll, describe, expect, it } from 'vitest';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import { assessConfidence } from '@/lib/judgement/flags.ts';
import { accountReport, githubReading, marketplaceReading, martaReading, realReport, recentRepo, repoSnapshot } from './candidates';

let defunkt: CandidateReport;
let dingaan: CandidateReport;
beforeAll(async () => {
  defunkt = await realReport('defunkt');
  dingaan = await realReport('dingaanmanjate');
});

describe('assessConfidence', () => {
  it('is high for dingaanmanjate: all 3 public repositories listed and opened whole', () => {
    expect(assessConfidence(dingaan, githubReading('dingaanmanjate'))).toEqual({ level: 'high', reasons: [] });
  });

  it('is medium for defunkt: only 6 of 107 public repositories were listed', () => {
    expect(assessConfidence(defunkt, null)).toEqual({
      level: 'medium',
      reasons: ['Only the 6 most recently pushed of 107 public repositories were listed.'],
    });
  });

  it('says what a marketplace page did not show', () => {
    // An Upwork page's markup lacks overview, earnings and skills (they live in its script state).
    expect(assessConfidence(dingaan, marketplaceReading({ couldNotRead: ['overview', 'total earnings', 'skills'] }))).toEqual({
      level: 'medium',
      reasons: ["The profile page's overview, total earnings, skills could not be read."],
    });
    expect(martaReading().couldNotRead).toEqual(['total earnings']);
  });

  it('is low without any code to look at, and says why', () => {
    expect(assessConfidence(null, martaReading())).toEqual({
      level: 'low',
      reasons: ['The profile links no GitHub account, so no code could be checked.', "The profile page's total earnings could not be read."],
    });
    expect(assessConfidence(null, marketplaceReading({ githubLogins: ['ada'] })).reasons).toEqual([
      'No GitHub account was analyzed, so no code could be checked.',
    ]);
    expect(assessConfidence(null, null).level).toBe('low');
  });

  it.each<[string, CandidateReport, string]>([
    ['two repositories', accountReport([recentRepo('a'), recentRepo('b')], [repoSnapshot('a', ['a.py'])]), 'Only 2 public repositories: too few to judge a portfolio, so no portfolio flag was raised.'],
    ['one repository', accountReport([recentRepo('a')]), 'Only 1 public repository: too few to judge a portfolio, so no portfolio flag was raised.'],
    ['nothing opened', accountReport([recentRepo('a'), recentRepo('b'), recentRepo('c')]), 'No repository of their own with code could be opened, so tests, docs and stack are unknown.'],
  ])('is low on thin public evidence: %s', (_, report, reason) => {
    expect(assessConfidence(report, null)).toEqual({ level: 'low', reasons: [reason] });
  });

  it('is medium when GitHub cut a tree short', () => {
    const report = accountReport([recentRepo('a'), recentRepo('b'), recentRepo('c')], [repoSnapshot('a', ['a.py'], {}, true)]);
    expect(assessConfidence(report, null)).toEqual({ level: 'medium', reasons: ['GitHub listed only part of the files of ada/a.'] });
  });
});
