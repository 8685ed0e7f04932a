import { describe, expect, it } from 'vitest';
import { isMarketplaceProfileUrl, marketplaceSiteOf, readMarketplaceProfile } from '@/lib/readers/marketplace/read-profile';
import { parseHtml, readOwnFixture } from '../../../support/fixtures';

const site = (href: string) => marketplaceSiteOf(new URL(href));
const isProfile = (href: string) => isMarketplaceProfileUrl(new URL(href));

describe('isMarketplaceProfileUrl and marketplaceSiteOf on profile URLs', () => {
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

describe('marketplaceSiteOf: other hosts are no marketplace', () => {
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

describe('isMarketplaceProfileUrl: marketplace pages that are no profile', () => {
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

describe('readMarketplaceProfile', () => {
  it('dispatches an Upwork profile to the Upwork reader', () => {
    const document = parseHtml(readOwnFixture('marketplace-pages/upwork-profile.html'));
    const reading = readMarketplaceProfile(document, new URL('https://www.upwork.com/freelancers/~01synthetic0000001'));
    expect(reading).toMatchObject({ site: 'upwork', name: 'Marta K.', handle: '~01synthetic0000001' });
  });

  it.each([
    ['freelancer-profile.html', 'https://www.freelancer.com/u/priyasharma_dev', 'freelancer', 'Priya Sharma'],
    ['toptal-profile.html', 'https://www.toptal.com/resume/ada-lovelace', 'toptal', 'Ada Lovelace'],
    ['fiverr-profile.html', 'https://www.fiverr.com/marco_py', 'fiverr', 'Marco Rossi'],
  ])('dispatches %s to the %s reader', (file, href, expectedSite, name) => {
    const reading = readMarketplaceProfile(parseHtml(readOwnFixture(`marketplace-pages/${file}`)), new URL(href));
    expect(reading).toMatchObject({ site: expectedSite, name });
  });

  it('returns null off profile paths, whatever the page holds', () => {
    const document = parseHtml(readOwnFixture('marketplace-pages/fiverr-profile.html'));
    expect(readMarketplaceProfile(document, new URL('https://www.fiverr.com/marco_py/write-a-python-script'))).toBeNull();
    expect(readMarketplaceProfile(document, new URL('https://www.upwork.com/jobs/~022081843862124982859'))).toBeNull();
    expect(readMarketplaceProfile(document, new URL('https://github.com/defunkt'))).toBeNull();
  });
});
