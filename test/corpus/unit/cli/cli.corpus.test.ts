import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '@/lib/cli/main';
import { ProfileReadingSchema } from '@/lib/readers/profile-reading';
import { cli } from '../../../support/cli';
import { corpusPath } from '../../../support/corpus';

describe('pyvet read <saved-page> --url on the real saved pages', () => {
  const shared = (path: string) => resolve(corpusPath(path));

  it('prints the reading of a real saved GitHub profile as JSON', async () => {
    const { run, out } = cli();
    expect(await run('read', shared('github-profile/defunkt.html'), '--url', 'https://github.com/defunkt')).toBe(EXIT.ok);
    const reading = ProfileReadingSchema.parse(JSON.parse(out.stdout));
    expect(reading).toMatchObject({ site: 'github', handle: 'defunkt', name: 'Chris Wanstrath', githubLogins: ['defunkt'] });
  });

  it('reads the real saved Upwork profile, its overview and skills from the Nuxt state script', async () => {
    const { run, out } = cli();
    const url = 'https://www.upwork.com/freelancers/~01140923f209578a6b';
    expect(await run('read', shared('upwork/sergii-c-klaviyo.html'), '--url', url)).toBe(EXIT.ok);
    const reading = ProfileReadingSchema.parse(JSON.parse(out.stdout));
    expect(reading).toMatchObject({ site: 'upwork', name: 'Sergii C.', location: 'Kharkiv, Ukraine', jobSuccess: 100 });
    // As the saved page's __NUXT__ script gives them when Node's vm runs it (see upwork.corpus.test.ts).
    expect(reading.overview).toMatch(/^I help Shopify and eCommerce brands systematically increase revenue through email marketing\./);
    expect(reading.skills).toHaveLength(19);
    expect(reading.skills.slice(0, 3)).toEqual(['Email Automation', 'Automation', 'Klaviyo']);
    // The rate stays the page metadata's: the markup's value wins over the state's (both 40 USD).
    expect(reading.hourlyRate).toEqual({ amount: 40, currency: 'USD', text: '40 USD (page metadata)' });
    expect(reading.couldNotRead).toEqual(['total earnings']);
  });
});
