import { beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import type { FixturePages } from '../support/github-fixture-routes';
import { E2E_EXTENSION_DIR, extensionSession, screenshotForReadme, sidebar, type ExtensionSession } from './extension-browser';

/** What the Upwork profile page being served states, for the checks below. */
export interface UpworkPageFacts {
  location: string;
  jobSuccess: string;
  /** One of its skills (they live only in the page's Nuxt state). */
  skill: string;
  hourlyRate: RegExp;
}

/**
 * A browser whose marketplace scripts are registered, as after a real grant. The e2e build has
 * the marketplace hosts granted, as if the user had allowed Upwork in the popup: a test cannot
 * click Chromium's permission prompt. Registration follows the grant as in real use.
 */
export function marketplaceSession(pages?: FixturePages): ExtensionSession {
  const session = extensionSession({ extensionDir: E2E_EXTENSION_DIR, ...(pages ? { pages } : {}) });
  beforeAll(async () => {
    const worker = session.browser.context.serviceWorkers()[0]!;
    const registered = () =>
      worker.evaluate(async () =>
        (await (globalThis as unknown as { chrome: WxtBrowser }).chrome.scripting.getRegisteredContentScripts()).length,
      );
    const deadline = Date.now() + 10_000;
    while ((await registered()) < 2) {
      if (Date.now() > deadline) throw new Error('the background never registered the marketplace scripts');
      await new Promise((done) => setTimeout(done, 50));
    }
  });
  return session;
}

export async function openUpwork(session: ExtensionSession, path: string) {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`https://www.upwork.com${path}`);
  return page;
}

/**
 * What the marketplace sidebar reads from the Upwork page the session's fake
 * serves (`pages`), and the GitHub account it links. Runs first in its file:
 * it checks that reading the page asked GitHub nothing.
 */
export function describeUpworkPageReading(session: ExtensionSession, pages: FixturePages, facts: UpworkPageFacts): void {
  describe(`the Upwork sidebar on ${pages.upwork.name}’s page`, () => {
    it('shows what the profile states, what it could not read, and asks for a GitHub login', async () => {
      const page = await openUpwork(session, '/freelancers/~01140923f209578a6b');
      await expect.poll(() => sidebar(page, 'marketplace-name').textContent(), { timeout: 15_000 }).toBe(pages.upwork.name);
      expect(await sidebar(page, 'fact-location').textContent()).toBe(facts.location);
      expect(await sidebar(page, 'fact-job-success').textContent()).toBe(facts.jobSuccess);
      // Skills and the rate live only in the page's Nuxt state: the main-world script handed them over.
      const skills = await page.locator('pyvet-sidebar [data-testid="marketplace-skills"] li').allTextContents();
      expect(skills.length).toBeGreaterThan(5);
      expect(skills).toContain(facts.skill);
      expect(await sidebar(page, 'fact-hourly-rate').textContent()).toMatch(facts.hourlyRate);
      // Total earnings are hidden on the profile: said, not guessed.
      expect(await sidebar(page, 'could-not-read').textContent()).toBe('Couldn’t read total earnings from this page.');
      expect(await sidebar(page, 'no-github-link').textContent()).toContain('links no GitHub account');
      expect(session.github.requestsTo()).toEqual([]);

      // The user names the account by hand; the analysis runs as on GitHub.
      await page.locator('pyvet-sidebar input#pyvet-login-input').fill('github.com/dingaanmanjate');
      await page.locator('pyvet-sidebar').getByRole('button', { name: 'Analyze' }).click();
      await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('fasma');
    });

    it('analyzes the GitHub account the profile links, next to the marketplace facts', async () => {
      const page = await openUpwork(session, '/freelancers/~01linkedgithub0000');
      await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('Chris Wanstrath');
      expect(await sidebar(page, 'marketplace-name').textContent()).toBe(pages.upwork.name);
      expect(session.github.requestsTo()).toContain('GET /users/defunkt');
      await screenshotForReadme(page, 'marketplace-sidebar');
    });
  });
}
