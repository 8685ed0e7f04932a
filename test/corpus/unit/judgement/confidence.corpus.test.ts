import { beforeAll, describe, expect, it } from 'vitest';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import { assessConfidence } from '@/lib/judgement/flags.ts';
import { marketplaceReading, realReport } from '../../../unit/judgement/candidates';
import { sergiiReading } from './corpus-candidates';

let dingaan: CandidateReport;
beforeAll(async () => {
  dingaan = await realReport('dingaanmanjate');
});

describe('assessConfidence on the real saved Upwork page', () => {
  it('says what a marketplace page did not show', () => {
    // The saved Upwork page's markup lacks overview, earnings and skills (they live in its script state).
    expect(assessConfidence(dingaan, marketplaceReading({ couldNotRead: ['overview', 'total earnings', 'skills'] }))).toEqual({
      level: 'medium',
      reasons: ["The profile page's overview, total earnings, skills could not be read."],
    });
    expect(sergiiReading().couldNotRead).toEqual(['total earnings']);
  });

  it('is low without any code to look at, and says why', () => {
    expect(assessConfidence(null, sergiiReading())).toEqual({
      level: 'low',
      reasons: ['The profile links no GitHub account, so no code could be checked.', "The profile page's total earnings could not be read."],
    });
    expect(assessConfidence(null, marketplaceReading({ githubLogins: ['ada'] })).reasons).toEqual([
      'No GitHub account was analyzed, so no code could be checked.',
    ]);
    expect(assessConfidence(null, null).level).toBe('low');
  });
});
