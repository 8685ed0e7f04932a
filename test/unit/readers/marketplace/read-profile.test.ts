import { describe, expect, it } from 'vitest';
import { readMarketplaceProfile } from '@/lib/readers/marketplace/read-profile';
import { parseHtml, readOwnFixture } from '../../../support/fixtures';

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
