import { describe, expect, it } from 'vitest';
import { candidateTexts } from '@/lib/judgement/claims';
import { evaluateCandidate } from '@/lib/judgement/evaluate';
import { matchScorecard } from '@/lib/judgement/match';
import { scorecardFromTemplate } from '@/lib/judgement/templates';
import { VerdictSchema } from '@/lib/judgement/verdict';
import { marketplaceReading, NOW, scorecard, thresholds } from '../../../unit/judgement/candidates';
import { realGithubReading as githubReading, sergiiReading, SERGII_URL } from './corpus-candidates';

describe('candidateTexts and findClaims on a real saved GitHub page', () => {
  it('reads a marketplace page’s title, skills and overview, and a GitHub page’s bio and website, whitespace collapsed', () => {
    const market = marketplaceReading({ title: 'Python  dev', overview: 'Line one.\n\nLine two.', skills: ['Python', 'SQL'] });
    const github = githubReading('defunkt');
    expect(candidateTexts(market, github, null, undefined, market)).toEqual([
      { source: 'marketplace-title', text: 'Python dev', url: market.url },
      { source: 'marketplace-skills', text: 'Python, SQL', url: market.url },
      { source: 'marketplace-overview', text: 'Line one. Line two.', url: market.url },
      { source: 'github-bio', text: '🍔', url: 'https://github.com/defunkt' },
      // The page shows no company; its website is the one the reader test checks.
      { source: 'github-website', text: 'http://chriswanstrath.com/', url: 'https://github.com/defunkt' },
    ]);
  });

});

describe('evaluateCandidate on the real saved Upwork page', () => {
  it('evaluates Sergii’s real Upwork page with no GitHub account', () => {
    const verdict = evaluateCandidate({
      report: null,
      reading: sergiiReading(),
      githubReading: null,
      scorecard: scorecardFromTemplate('ai', NOW),
      thresholds: thresholds(),
      now: NOW,
    });
    expect(VerdictSchema.parse(verdict)).toEqual(verdict);
    // Nothing of an AI role is on an email marketer's page: the skills are not found, and nothing counts against them.
    expect(verdict.summary).toBe('0 of 6 must-haves evidenced, 0 claimed only, 5 not found, 1 to ask in interview');
    expect(verdict.flags).toEqual([]);
  });
});

describe('matchScorecard: free text the catalogue does not know, on the real saved Upwork page', () => {
  it('quotes Sergii’s real Upwork page for "Klaviyo" (title, skills, overview), within 160 characters', () => {
    const reading = sergiiReading();
    const [klaviyo] = matchScorecard(scorecard(['Klaviyo']), null, reading).mustHaves;
    expect(klaviyo?.status).toBe('claimed');
    const [title, skills, overview] = klaviyo?.claims ?? [];
    expect(title).toEqual({ source: 'marketplace-title', quote: 'Klaviyo Email Marketing Expert for Shopify | Flows & Campaigns', url: SERGII_URL });
    expect(skills?.source).toBe('marketplace-skills');
    expect(skills?.quote).toMatch(/^…?[^…]*\bKlaviyo\b[^…]*…?$/);
    expect(overview?.source).toBe('marketplace-overview');
    const collapsed = (reading.overview ?? '').replace(/\s+/g, ' ');
    for (const claim of [skills, overview]) {
      expect(claim?.quote.length).toBeLessThanOrEqual(160);
      expect(claim?.quote).toContain('Klaviyo');
    }
    // The overview's first "Klaviyo" is in "…email marketing systems in Klaviyo that…".
    expect(overview?.quote).toContain('email marketing systems in Klaviyo that automatically generate sales');
    expect(collapsed).toContain((overview?.quote ?? '').replace(/^…|…$/g, ''));
  });
});
