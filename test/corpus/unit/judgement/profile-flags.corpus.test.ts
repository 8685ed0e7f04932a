import { describe, expect, it } from 'vitest';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import { evaluateFlags } from '@/lib/judgement/flags.ts';
import type { ProfileReading } from '@/lib/readers/profile-reading';
import type { Thresholds } from '@/lib/judgement/scorecard';
import { scorecardFromTemplate } from '@/lib/judgement/templates';
import type { FlagId, RedFlag } from '@/lib/judgement/verdict';
import { NOW, ownMarketplaceReading, thresholds } from '../../../unit/judgement/candidates';
import { realGithubReading as githubReading, sergiiReading, SERGII_URL } from './corpus-candidates';

interface Case {
  reading: ProfileReading | null;
  githubReading?: ProfileReading | null;
  report?: CandidateReport | null;
  overrides?: Partial<Thresholds>;
}
const flagsOf = ({ reading, githubReading = null, report = null, overrides = {} }: Case): RedFlag[] =>
  evaluateFlags({ report, reading, githubReading, scorecard: scorecardFromTemplate('backend', NOW), thresholds: thresholds(overrides), now: NOW });
const find = (id: FlagId, input: Case) => flagsOf(input).find((flag) => flag.id === id);

describe('profile flags on the real saved pages', () => {
  it('raises none for Sergii C. (Upwork): one subfield, $40/h in Ukraine (no band), no overpromise', () => {
    const reading = sergiiReading();
    // What the page says, read by hand: an "Expert" title, $40/h, skills and overview about Klaviyo email marketing.
    expect(reading).toMatchObject({ title: 'Klaviyo Email Marketing Expert for Shopify | Flows & Campaigns', location: 'Kharkiv, Ukraine' });
    expect(reading.hourlyRate?.amount).toBe(40);
    expect(reading.skills).toContain('Klaviyo');
    expect(reading.overview).toContain('automated email flows that work 24/7');
    expect(flagsOf({ reading })).toEqual([]);
  });

  it('raises none for the GitHub bios of defunkt and dingaanmanjate', () => {
    expect(flagsOf({ reading: githubReading('defunkt') })).toEqual([]);
    expect(flagsOf({ reading: null, githubReading: githubReading('dingaanmanjate') })).toEqual([]);
  });
});

describe('low-rate on the real saved pages', () => {
  it('leaves the real profiles alone: Priya (senior, India, $25/h) and Sergii (expert, Ukraine, $40/h)', () => {
    expect(find('low-rate', { reading: ownMarketplaceReading('freelancer-profile.html', 'https://www.freelancer.com/u/priyasharma_dev') })).toBeUndefined();
    expect(find('low-rate', { reading: sergiiReading() })).toBeUndefined();
    // The same Sergii page in the United States at $24/h would be asked about.
    const moved = { ...sergiiReading(), location: 'Austin, United States', hourlyRate: { amount: 24, currency: 'USD', text: '$24.00/hr' } };
    expect(find('low-rate', { reading: moved })?.evidence[0]?.url).toBe(SERGII_URL);
  });
});
