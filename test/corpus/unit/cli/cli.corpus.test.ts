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

  it('reads the real saved Upwork profile and lists what the markup does not hold', async () => {
    const { run, out } = cli();
    const url = 'https://www.upwork.com/freelancers/~01140923f209578a6b';
    expect(await run('read', shared('upwork/sergii-c-klaviyo.html'), '--url', url)).toBe(EXIT.ok);
    const reading = ProfileReadingSchema.parse(JSON.parse(out.stdout));
    expect(reading).toMatchObject({ site: 'upwork', name: 'Sergii C.', location: 'Kharkiv, Ukraine', jobSuccess: 100 });
    expect(reading.couldNotRead).toContain('skills');
  });
});
