// @vitest-environment node
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '@/lib/cli/main';
import { ProfileReadingSchema } from '@/lib/readers/profile-reading';
import { cli } from '../../support/cli';

/**
 * `pyvet read` as Node runs it: no DOM globals (`Node`, `NodeFilter`,
 * `document`), only the happy-dom document the CLI builds. The other CLI
 * tests run under happy-dom's test environment, whose globals once hid a
 * reader's `Node.TEXT_NODE` ("pyvet: Node is not defined" on every Upwork page).
 */
describe('pyvet read, with no DOM globals in Node', () => {
  const own = (path: string) => resolve(__dirname, '../../fixtures', path);

  it('has none of the browser globals a reader could lean on', () => {
    expect(typeof (globalThis as Record<string, unknown>).Node).toBe('undefined');
    expect(typeof (globalThis as Record<string, unknown>).NodeFilter).toBe('undefined');
  });

  it.each([
    ['marketplace-pages/upwork-profile.html', 'https://www.upwork.com/freelancers/~01synthetic0000001', 'Marta K.'],
    ['marketplace-pages/freelancer-profile.html', 'https://www.freelancer.com/u/priyasharma_dev', 'Priya Sharma'],
    ['marketplace-pages/fiverr-profile.html', 'https://www.fiverr.com/marco_py', 'Marco Rossi'],
    ['marketplace-pages/freelancer-profile-api-answers.html', 'https://www.freelancer.com/u/anasouza_py', 'Ana S.'],
    ['marketplace-pages/fiverr-profile-perseus.html', 'https://www.fiverr.com/kofi_builds', 'Kofi Mensah'],
    ['github-pages/profile-popular-repos.html', 'https://github.com/noor-haddad-dev', 'Noor Haddad'],
    ['github-pages/defunkt.html', 'https://github.com/defunkt', 'Chris Wanstrath'],
  ])('reads %s', async (page, url, name) => {
    const { run, out } = cli();
    expect(await run('read', own(page), '--url', url)).toBe(EXIT.ok);
    expect(out.stderr).toBe('');
    expect(ProfileReadingSchema.parse(JSON.parse(out.stdout)).name).toBe(name);
  });
});
