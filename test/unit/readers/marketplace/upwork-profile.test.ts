import { describe, expect, it } from 'vitest';
import { readUpworkProfile } from '@/lib/readers/upwork/profile';
import { parseHtml, readOwnFixture } from '../../../support/fixtures';

const PROFILE_URL = new URL('https://www.upwork.com/freelancers/~01140923f209578a6b');
const MARTA_URL = new URL('https://www.upwork.com/freelancers/~01synthetic0000001');

// Expected values were written with the synthetic page (upwork-profile.html), which keeps the real
// page's shape: <h3 itemprop="name">, div.title-vertical, span[itemprop=locality|country-name], the
// JSS badge's "97%" next to its "Job Success" label, and <meta property="product:price:amount|currency">.
describe('readUpworkProfile on a server-rendered page (upwork-profile.html)', () => {
  const document = parseHtml(readOwnFixture('marketplace-pages/upwork-profile.html'));
  const reading = readUpworkProfile(document, MARTA_URL);

  it('reads the identity column exactly', () => {
    expect(reading).toMatchObject({
      site: 'upwork',
      url: 'https://www.upwork.com/freelancers/~01synthetic0000001',
      handle: '~01synthetic0000001',
      name: 'Marta K.',
      title: 'Senior Python Developer | FastAPI, Django & Stripe Integrations',
      location: 'Lviv, Ukraine',
      jobSuccess: 97,
    });
  });

  it('takes the rate from the product:price meta, never the $60-per-30-min consultation price', () => {
    expect(reading.hourlyRate).toEqual({ amount: 45, currency: 'USD', text: '45 USD (page metadata)' });
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
    expect(readUpworkProfile(document, new URL('https://www.upwork.com/freelancers/martak')).handle).toBe('~01synthetic0000001');
  });
});

describe('readUpworkProfile on changed markup (upwork-rewrapped.html)', () => {
  const document = parseHtml(readOwnFixture('marketplace-pages/upwork-rewrapped.html'));
  const reading = readUpworkProfile(document, new URL('https://www.upwork.com/freelancers/janedoe'));

  it('still reads what is there through the fallbacks', () => {
    expect(reading).toMatchObject({
      handle: '~01abcdef0123456789',
      name: 'Jane D.',
      location: 'Lisbon',
      totalEarnings: '$20K+ earned',
    });
  });

  it('lists every missing field and invents no value for it', () => {
    expect(reading.couldNotRead).toEqual(['title', 'overview', 'hourly rate', 'job success score', 'skills']);
    expect(reading).toMatchObject({ title: null, overview: null, hourlyRate: null, jobSuccess: null, skills: [] });
  });

  it('takes no rate or score from a similar freelancer’s card, a fixed price or the __NUXT__ script', () => {
    const text = JSON.stringify(reading);
    expect(text).not.toContain('25');
    expect(text).not.toContain('99');
    expect(text).not.toContain('2,500');
  });
});

describe('readUpworkProfile on a page it does not know at all', () => {
  it('keeps the id from the URL and says it could read nothing else', () => {
    const reading = readUpworkProfile(parseHtml('<main><h1>Something else</h1></main>'), PROFILE_URL);
    expect(reading.handle).toBe('~01140923f209578a6b');
    expect(reading.couldNotRead).toEqual([
      'name',
      'title',
      'overview',
      'location',
      'hourly rate',
      'job success score',
      'total earnings',
      'skills',
    ]);
  });

  it('reads a Job Success badge only when it says "Job Success"', () => {
    const page = (label: string) =>
      parseHtml(`<div class="cfe-ui-profile-job-success"><span>87%</span><span class="sr-only">${label}</span></div>`);
    expect(readUpworkProfile(page('Job Success'), PROFILE_URL).jobSuccess).toBe(87);
    expect(readUpworkProfile(page('Profile completeness'), PROFILE_URL).jobSuccess).toBeNull();
    // Without the badge's class: the element that holds the hidden label.
    const unclassed = parseHtml('<div><span>91%</span><span data-test="badge-hidden-label">Job Success</span></div>');
    expect(readUpworkProfile(unclassed, PROFILE_URL).jobSuccess).toBe(91);
  });
});
