import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { findGitHubAccounts } from '@/lib/readers/links/github-accounts';
import { readMarketplaceProfile } from '@/lib/readers/marketplace/read-profile';
import { mergeUpworkPageState, readUpworkPageStateFromScript } from '@/lib/readers/upwork/merge-page-state';
import { parseNuxtStateScript } from '@/lib/readers/upwork/nuxt-script';
import { readUpworkProfile } from '@/lib/readers/upwork/profile';
import { readCorpusFile } from '../../../support/corpus';
import { parseHtml } from '../../../support/fixtures';

const SERGII_URL = new URL('https://www.upwork.com/freelancers/~01140923f209578a6b');

// Expected values were read off the saved page's markup by hand (and with a python3
// html.parser one-off), not from this reader: <h3 itemprop="name">, div.title-vertical,
// span[itemprop=locality|country-name], the JSS badge's "100%" next to its "Job Success"
// label, and <meta property="product:price:amount|currency" content="40|USD">.
describe('readUpworkProfile on the real saved page (sergii-c-klaviyo.html)', () => {
  const document = parseHtml(readCorpusFile('upwork/sergii-c-klaviyo.html'));
  const reading = readUpworkProfile(document, SERGII_URL);

  it('reads the identity column exactly', () => {
    expect(reading).toMatchObject({
      site: 'upwork',
      url: 'https://www.upwork.com/freelancers/~01140923f209578a6b',
      handle: '~01140923f209578a6b',
      name: 'Sergii C.',
      title: 'Klaviyo Email Marketing Expert for Shopify | Flows & Campaigns',
      location: 'Kharkiv, Ukraine',
      jobSuccess: 100,
    });
  });

  it('takes the rate from the product:price meta, never the $30-per-30-min consultation price', () => {
    expect(reading.hourlyRate).toEqual({ amount: 40, currency: 'USD', text: '40 USD (page metadata)' });
  });

  it('names what lives only in the __NUXT__ script state as unread, and invents none of it', () => {
    expect(reading.couldNotRead).toEqual(['overview', 'total earnings', 'skills']);
    expect(reading.overview).toBeNull();
    expect(reading.totalEarnings).toBeNull();
    expect(reading.skills).toEqual([]);
  });

  it('finds no GitHub account, website or social link (the page shows none)', () => {
    expect(reading.githubLogins).toEqual([]);
    expect(reading.website).toBeNull();
    expect(reading.socialLinks).toEqual([]);
  });

  it('leaves the GitHub-only facts empty', () => {
    expect(reading).toMatchObject({
      company: null,
      followers: null,
      following: null,
      publicRepos: null,
      pinnedRepos: [],
      hasProfileReadme: null,
      organizations: [],
    });
  });

  it('takes the ~0… id from the canonical link when the page was opened by another profile URL', () => {
    expect(readUpworkProfile(document, new URL('https://www.upwork.com/freelancers/sergiic')).handle).toBe(
      '~01140923f209578a6b',
    );
  });
});

describe('findGitHubAccounts on the real saved Upwork profile', () => {
  it('finds no GitHub account on the real saved Upwork profile, which links none', () => {
    // The saved page has 227 links and no "github" anywhere (checked with grep and a python3 pass).
    const html = readCorpusFile('upwork/sergii-c-klaviyo.html');
    expect(html.toLowerCase()).not.toContain('github');
    const document = parseHtml(html);
    expect(document.querySelectorAll('a[href]').length).toBeGreaterThan(200);
    expect(findGitHubAccounts(document, new URL('https://www.upwork.com/freelancers/~01140923f209578a6b') /* its og:url */)).toEqual([]);
  });
});

describe('readMarketplaceProfile on the real saved Upwork profile', () => {
  it('dispatches a real Upwork profile to the Upwork reader', () => {
    const document = parseHtml(readCorpusFile('upwork/sergii-c-klaviyo.html'));
    const reading = readMarketplaceProfile(document, new URL('https://www.upwork.com/freelancers/~01140923f209578a6b'));
    expect(reading).toMatchObject({ site: 'upwork', name: 'Sergii C.', handle: '~01140923f209578a6b' });
  });
});

describe('the Nuxt state of the real saved Upwork profile, read without running it', () => {
  const html = readCorpusFile('upwork/sergii-c-klaviyo.html');
  const script = /<script>(window\.__NUXT__=[\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

  it('is the same state Node’s vm gets by running the 78 kB script (217 parameters, ~115 assignments before the return)', () => {
    expect(script.length).toBeGreaterThan(70_000);
    const context: { window: { __NUXT__?: unknown } } = { window: {} };
    vm.runInNewContext(script, context, { timeout: 5000 });
    expect(parseNuxtStateScript(script)).toEqual(context.window.__NUXT__);
  });

  it('gives the profile’s overview, skills and rate, and is about this profile', () => {
    const document = parseHtml(html);
    const state = readUpworkPageStateFromScript(document);
    expect(state).toMatchObject({ profileIds: ['~01140923f209578a6b'], hourlyRate: { amount: 40, currency: 'USD' }, projectLinks: [] });
    expect(state?.skills).toHaveLength(19);
    const merged = mergeUpworkPageState(readUpworkProfile(document, SERGII_URL), state!);
    expect(merged.couldNotRead).toEqual(['total earnings']);
    expect(merged.overview).toMatch(/^I help Shopify and eCommerce brands/);
    expect(merged.githubLogins).toEqual([]);
  });
});
