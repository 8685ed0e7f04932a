import { describe, expect, it } from 'vitest';
import { readFiverrProfile } from '@/lib/readers/fiverr/profile';
import { readFreelancerProfile } from '@/lib/readers/freelancer/profile';
import { readToptalProfile } from '@/lib/readers/toptal/profile';
import { ProfileReadingSchema } from '@/lib/readers/profile-reading';
import { parseHtml, readOwnFixture } from '../../../support/fixtures';

const fixture = (name: string) => parseHtml(readOwnFixture(`marketplace-pages/${name}`));

describe('readFreelancerProfile (freelancer-profile.html)', () => {
  const reading = readFreelancerProfile(
    fixture('freelancer-profile.html'),
    new URL('https://www.freelancer.com/u/priyasharma_dev'),
  );

  it('reads the JSON-LD Person of the ProfilePage, past a broken JSON-LD block', () => {
    expect(reading).toMatchObject({
      site: 'freelancer',
      url: 'https://www.freelancer.com/u/priyasharma_dev',
      handle: 'priyasharma_dev',
      name: 'Priya Sharma',
      title: 'Senior Python & Django Developer',
      overview: 'I build Django and FastAPI backends. Eight years of Python.',
      location: 'Pune, India',
    });
  });

  it('reads the rate line, not the budget or the rate range of a project card', () => {
    expect(reading.hourlyRate).toEqual({ amount: 25, currency: 'USD', text: '$25 USD / Hour' });
  });

  it('prefers the visible skill chips, each once, without the "+3 more" control', () => {
    expect(reading.skills).toEqual(['Python', 'Django', 'FastAPI']);
  });

  it('keeps https sameAs links, drops the javascript: one, and finds the GitHub account once', () => {
    expect(reading.socialLinks).toEqual(['https://www.linkedin.com/in/priya-sharma-dev', 'https://github.com/priya-codes']);
    expect(reading.githubLogins).toEqual(['priya-codes']);
    expect(reading.website).toBeNull(); // the Person's url is the profile itself
  });

  it('could read everything it looked for', () => {
    expect(reading.couldNotRead).toEqual([]);
    expect(reading.jobSuccess).toBeNull();
    expect(reading.totalEarnings).toBeNull();
  });
});

describe('readToptalProfile (toptal-profile.html)', () => {
  const reading = readToptalProfile(
    fixture('toptal-profile.html'),
    new URL('https://www.toptal.com/developers/resume/ada-lovelace'),
  );

  it('takes the name from the OpenGraph profile title when the Person has none, without the brand', () => {
    expect(reading.name).toBe('Ada Lovelace');
  });

  it('reads the Person from @graph: first job title, nested home location, knowsAbout as skills, website', () => {
    expect(reading).toMatchObject({
      site: 'toptal',
      handle: 'ada-lovelace',
      title: 'Python Developer',
      location: 'London, United Kingdom',
      skills: ['Python', 'pandas', 'Apache Airflow'],
      website: 'https://adalovelace.example.org/',
      githubLogins: ['ada-l'],
    });
  });

  it('says it could not read an overview or a rate, and does not take the SEO description as an overview', () => {
    expect(reading.overview).toBeNull();
    expect(reading.hourlyRate).toBeNull();
    expect(reading.couldNotRead).toEqual(['overview', 'hourly rate']);
  });
});

describe('readFiverrProfile (fiverr-profile.html)', () => {
  const reading = readFiverrProfile(fixture('fiverr-profile.html'), new URL('https://www.fiverr.com/marco_py'));

  it('reads the Person from a top-level JSON-LD array and the seller card', () => {
    expect(reading).toMatchObject({
      site: 'fiverr',
      handle: 'marco_py',
      name: 'Marco Rossi',
      title: 'Python automation engineer',
      overview: 'I automate boring things with Python. Code: github.com/marco-rossi-py',
      location: 'Milan, Italy',
      skills: ['Python', 'Selenium', 'Web Scraping'],
      socialLinks: ['https://twitter.com/marco_py'],
      githubLogins: ['marco-rossi-py'],
      couldNotRead: [],
    });
  });

  it('reads the per-hour offer and never a gig price per project or per month', () => {
    expect(reading.hourlyRate).toEqual({ amount: 40, currency: 'EUR', text: '€40/hour' });
  });

  it('does not take og:title as a name when og:type does not say the page is a person', () => {
    const bare = parseHtml('<head><meta property="og:title" content="Marco Rossi on Fiverr"></head><body></body>');
    const unread = readFiverrProfile(bare, new URL('https://www.fiverr.com/marco_py'));
    expect(unread.name).toBeNull();
    expect(unread.couldNotRead).toEqual(['name', 'title', 'overview', 'location', 'hourly rate', 'skills']);
  });
});

describe('GitHub accounts named in structured data', () => {
  it('finds an account the JSON-LD Person’s description names, as the page’s own text would', () => {
    const html = `<head><script type="application/ld+json">${JSON.stringify({
      '@type': 'Person',
      name: 'Ada L.',
      description: 'Data engineer. Code samples: github.com/ada-l-data (see github.com/features for nothing).',
    })}</script></head><body><main><p>Profile</p></main></body>`;
    const reading = readToptalProfile(parseHtml(html), new URL('https://www.toptal.com/resume/ada-l'));
    expect(reading.githubLogins).toEqual(['ada-l-data']);
  });
});

describe('hostile page text (hostile-profile.html)', () => {
  const document = fixture('hostile-profile.html');
  const reading = readFiverrProfile(document, new URL('https://www.fiverr.com/hostile_dev'));

  it('returns markup-looking text as plain text', () => {
    expect(reading.name).toBe('<img src=x onerror="window.__pyvetXss=1">');
    expect(reading.title).toBe('Dev & more');
    expect(reading.overview).toBe('Hi click me <script>window.__pyvetXss=1</script>');
    expect(reading.skills).toEqual(['<b>Python</b>', 'Django']);
  });

  it('never turns javascript:, data: or http: URLs into links', () => {
    expect(reading.website).toBeNull();
    expect(reading.socialLinks).toEqual([]);
    expect(reading.githubLogins).toEqual([]);
    expect(JSON.stringify(reading)).not.toMatch(/javascript:|data:text|http:\/\//);
  });

  it('ran none of the page’s handlers while reading', () => {
    expect((window as unknown as { __pyvetXss?: number }).__pyvetXss).toBeUndefined();
  });

  it('still satisfies the ProfileReading contract', () => {
    expect(ProfileReadingSchema.safeParse(reading).success).toBe(true);
  });
});
