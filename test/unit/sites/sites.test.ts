import { describe, expect, it } from 'vitest';
import { GITHUB, marketplaceOf, MARKETPLACE_ORIGINS, SITES, siteOf, UPWORK, type SiteId } from '@/lib/sites/sites';

const site = (href: string) => marketplaceOf(new URL(href))?.id ?? null;
const isProfile = (href: string) => {
  const url = new URL(href);
  return marketplaceOf(url)?.profileHandle(url) != null;
};

/** Profile URLs of each site, with the handle each names (github-url-detection style). */
const PROFILES: Record<SiteId, [string, string][]> = {
  github: [
    ['https://github.com/defunkt', 'defunkt'],
    ['https://github.com/ada-py?tab=repositories', 'ada-py'],
    ['https://github.com/Sam/', 'Sam'],
  ],
  upwork: [
    ['https://www.upwork.com/freelancers/~01140923f209578a6b', '~01140923f209578a6b'],
    ['https://upwork.com/freelancers/janedoe', 'janedoe'],
  ],
  freelancer: [['https://www.freelancer.com/u/priyasharma_dev', 'priyasharma_dev']],
  toptal: [
    ['https://www.toptal.com/resume/ada-lovelace', 'ada-lovelace'],
    ['https://www.toptal.com/developers/resume/jane-doe', 'jane-doe'],
  ],
  fiverr: [['https://www.fiverr.com/marco_py', 'marco_py']],
};

describe('the one list of sites', () => {
  it.each(SITES.map((each) => [each.id, each] as const))('%s reads its own profile URLs', (id, each) => {
    for (const [href, handle] of PROFILES[id]) {
      expect(each.profileHandle(new URL(href))).toBe(handle);
      expect(siteOf(new URL(href))?.id).toBe(id);
    }
  });

  it.each(SITES.map((each) => [each.id, each] as const))('%s: every other site’s profile URL is a negative', (id, each) => {
    const others = SITES.filter((other) => other.id !== id).flatMap((other) => PROFILES[other.id]);
    for (const [href] of others) expect(each.profileHandle(new URL(href))).toBeNull();
  });

  it('reads nothing over plain http, or on look-alike hosts', () => {
    for (const href of ['http://github.com/defunkt', 'https://github.com.evil.example/defunkt', 'https://gist.github.com/defunkt']) {
      expect(GITHUB.profileHandle(new URL(href))).toBeNull();
    }
  });

  it('asks for the marketplaces as optional permissions, GitHub never among them', () => {
    expect(MARKETPLACE_ORIGINS).toEqual([
      'https://www.upwork.com/*',
      'https://www.freelancer.com/*',
      'https://www.toptal.com/*',
      'https://www.fiverr.com/*',
    ]);
  });
});


describe('marketplaceOf and profileHandle on marketplace profile URLs', () => {
  it.each([
    ['https://www.upwork.com/freelancers/~01140923f209578a6b', 'upwork'],
    ['https://upwork.com/freelancers/~01140923f209578a6b/', 'upwork'],
    ['https://www.upwork.com/freelancers/janedoe?viewMode=1', 'upwork'],
    ['https://www.freelancer.com/u/priyasharma_dev', 'freelancer'],
    ['https://freelancer.com/u/priyasharma_dev/', 'freelancer'],
    ['https://www.toptal.com/resume/ada-lovelace', 'toptal'],
    ['https://toptal.com/developers/resume/ada-lovelace', 'toptal'],
    ['https://www.toptal.com/designers/resume/ada-lovelace#skills', 'toptal'],
    ['https://www.fiverr.com/marco_py', 'fiverr'],
    ['https://fiverr.com/marco_py/?source=gig_page', 'fiverr'],
  ])('%s is a %s profile', (href, expected) => {
    expect(isProfile(href)).toBe(true);
    expect(site(href)).toBe(expected);
  });
});

describe('marketplaceOf: other hosts are no marketplace', () => {
  it.each([
    'https://github.com/defunkt',
    'https://github.com/freelancers/~01140923f209578a6b',
    'https://example.com/u/priyasharma_dev',
    'https://upwork.com.evil.example/freelancers/~01140923f209578a6b',
    'https://evil-upwork.com/freelancers/~01140923f209578a6b',
    'https://support.upwork.com/freelancers/~01140923f209578a6b',
    'https://www.freelancer.co.uk/u/priyasharma_dev',
    'http://www.fiverr.com/marco_py',
  ])('%s', (href) => {
    expect(site(href)).toBeNull();
    expect(isProfile(href)).toBe(false);
  });
});

describe('profileHandle: marketplace pages that are no profile', () => {
  it.each([
    // Upwork
    ['upwork', 'https://www.upwork.com/'],
    ['upwork', 'https://www.upwork.com/jobs/~022081843862124982859'],
    ['upwork', 'https://www.upwork.com/jobs/Python-developer_~022081843862124982859/'],
    ['upwork', 'https://www.upwork.com/nx/search/talent/?q=python'],
    ['upwork', 'https://www.upwork.com/search/profiles/?q=python'],
    ['upwork', 'https://www.upwork.com/hire/python-developers/'],
    ['upwork', 'https://www.upwork.com/freelancers/~01140923f209578a6b/portfolio'],
    // Freelancer.com
    ['freelancer', 'https://www.freelancer.com/projects/python/scraper-123'],
    ['freelancer', 'https://www.freelancer.com/u/'],
    ['freelancer', 'https://www.freelancer.com/u/priya/reviews'],
    // Toptal
    ['toptal', 'https://www.toptal.com/developers/python'],
    ['toptal', 'https://www.toptal.com/resume'],
    ['toptal', 'https://www.toptal.com/blog/resume-tips/how-to'],
    // Fiverr: gigs, categories, search and Fiverr's own single-segment pages
    ['fiverr', 'https://www.fiverr.com/marco_py/write-a-python-script'],
    ['fiverr', 'https://www.fiverr.com/categories/programming-tech'],
    ['fiverr', 'https://www.fiverr.com/search/gigs?query=python'],
    ['fiverr', 'https://www.fiverr.com/gigs/python'],
    ['fiverr', 'https://www.fiverr.com/pro'],
    ['fiverr', 'https://www.fiverr.com/login'],
    ['fiverr', 'https://www.fiverr.com/join'],
    ['fiverr', 'https://www.fiverr.com/support'],
    ['fiverr', 'https://www.fiverr.com/resources'],
    ['fiverr', 'https://www.fiverr.com/logo-maker'],
    ['fiverr', 'https://www.fiverr.com/'],
    // one marketplace's profile path on another's host
    ['fiverr', 'https://www.fiverr.com/u/priyasharma_dev'],
    ['upwork', 'https://www.upwork.com/marco_py'],
    ['toptal', 'https://www.toptal.com/freelancers/~01140923f209578a6b'],
  ])('%s: %s', (expectedSite, href) => {
    expect(site(href)).toBe(expectedSite);
    expect(isProfile(href)).toBe(false);
  });
});

describe('marketplaceOf on other pages of the sites', () => {
  it.each([
    ['https://www.upwork.com/freelancers/~01abc', 'upwork'],
    ['https://www.fiverr.com/someone', 'fiverr'],
    ['https://www.toptal.com/resume/ada', 'toptal'],
    ['https://www.freelancer.com/u/ada', 'freelancer'],
    ['https://github.com/ada', null],
    ['https://upwork.com.evil.example/freelancers/x', null],
    ['https://www.upwork.co/freelancers/x', null],
  ])('%s → %s', (url, expected) => {
    expect(marketplaceOf(new URL(url))?.id ?? null).toBe(expected);
  });
});

describe('UPWORK.profileHandle', () => {
  it.each([
    ['https://www.upwork.com/freelancers/~01140923f209578a6b', '~01140923f209578a6b'],
    ['https://upwork.com/freelancers/~01140923f209578a6b/', '~01140923f209578a6b'],
    ['https://www.upwork.com/freelancers/~01140923f209578a6b?mp_source=share', '~01140923f209578a6b'],
    ['https://www.upwork.com/freelancers/janedoe', 'janedoe'],
  ])('%s → %s', (href, handle) => {
    expect(UPWORK.profileHandle(new URL(href))).toBe(handle);
  });

  it.each([
    'https://www.upwork.com/jobs/~022081843862124982859',
    'https://www.upwork.com/nx/search/talent/?q=python',
    'https://www.upwork.com/freelancers/',
    'https://www.upwork.com/freelancers/~01140923f209578a6b/portfolio',
    'https://www.upwork.com/freelancers/settings',
    'https://community.upwork.com/freelancers/~01140923f209578a6b',
    'http://www.upwork.com/freelancers/~01140923f209578a6b',
  ])('%s is not a profile', (href) => {
    expect(UPWORK.profileHandle(new URL(href))).toBeNull();
  });
});
