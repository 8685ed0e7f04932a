import { beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import type { FixturePages } from '../support/github-fixture-routes';
import { sidebarPart, type BrowserSession } from './browser-session';
import { E2E_EXTENSION_DIR, extensionSession, type ExtensionSession } from './extension-browser';

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

/** What the project's own Upwork page (test/fixtures) states. */
export const OWN_UPWORK_FACTS: UpworkPageFacts = { location: 'Lviv, Ukraine', jobSuccess: '97%', skill: 'FastAPI', hourlyRate: /^45 USD/ };

/**
 * What the marketplace sidebar reads from the Upwork page the session's fake
 * serves (`pages`), and the GitHub account it links, in either browser. It
 * checks that reading the page asks GitHub nothing.
 */
export function describeUpworkPageReading(session: BrowserSession, pages: FixturePages, facts: UpworkPageFacts): void {
  describe(`the Upwork sidebar on ${pages.upwork.name}’s page`, () => {
    it('shows what the profile states, what it could not read, and asks for a GitHub login', async () => {
      const requestsBefore = session.github.requestsTo().length;
      const page = await session.open('https://www.upwork.com/freelancers/~01140923f209578a6b');
      await expect.poll(() => page.text(sidebarPart('marketplace-name')), { timeout: 15_000 }).toBe(pages.upwork.name);
      expect(await page.text(sidebarPart('fact-location'))).toBe(facts.location);
      expect(await page.text(sidebarPart('fact-job-success'))).toBe(facts.jobSuccess);
      // Skills and the rate live only in the page's Nuxt state: the main-world script handed them over.
      const skills = await page.texts(`${sidebarPart('marketplace-skills')} li`);
      expect(skills.length).toBeGreaterThan(5);
      expect(skills).toContain(facts.skill);
      expect(await page.text(sidebarPart('fact-hourly-rate'))).toMatch(facts.hourlyRate);
      // Total earnings are hidden on the profile: said, not guessed.
      expect(await page.text(sidebarPart('could-not-read'))).toBe('Couldn’t read total earnings from this page.');
      expect(await page.text(sidebarPart('no-github-link'))).toContain('links no GitHub account');
      expect(session.github.requestsTo().slice(requestsBefore)).toEqual([]);

      // The user names the account by hand; the analysis runs as on GitHub.
      await page.fill('pyvet-sidebar input#pyvet-login-input', 'github.com/dingaanmanjate');
      await page.press('Analyze', 'pyvet-sidebar');
      await expect.poll(() => page.text(sidebarPart('candidate-name')), { timeout: 15_000 }).toBe('fasma');
    });

    it('analyzes the GitHub account the profile links, next to the marketplace facts', async () => {
      const page = await session.open('https://www.upwork.com/freelancers/~01linkedgithub0000');
      await expect.poll(() => page.text(sidebarPart('candidate-name')), { timeout: 15_000 }).toBe('Chris Wanstrath');
      expect(await page.text(sidebarPart('marketplace-name'))).toBe(pages.upwork.name);
      expect(session.github.requestsTo()).toContain('GET /users/defunkt');
      await page.screenshotForReadme('marketplace-sidebar');
    });
  });
}
