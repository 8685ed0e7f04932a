import { beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { E2E_EXTENSION_DIR, extensionSession, screenshotForReadme, sidebar } from './extension-browser';

// The e2e build has the marketplace hosts granted, as if the user had allowed Upwork in the popup:
// a test cannot click Chromium's permission prompt. Registration follows the grant as in real use.
const session = extensionSession({ extensionDir: E2E_EXTENSION_DIR });

beforeAll(async () => {
  // As after a real grant: the background registers the marketplace scripts, then the user visits.
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

async function openUpwork(path: string) {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`https://www.upwork.com${path}`);
  return page;
}

describe('on an Upwork profile (marketplace enabled)', () => {
  it('shows what the real saved profile states, what it could not read, and asks for a GitHub login', async () => {
    const page = await openUpwork('/freelancers/~01140923f209578a6b');
    await expect.poll(() => sidebar(page, 'marketplace-name').textContent(), { timeout: 15_000 }).toBe('Sergii C.');
    expect(await sidebar(page, 'fact-location').textContent()).toBe('Kharkiv, Ukraine');
    expect(await sidebar(page, 'fact-job-success').textContent()).toBe('100%');
    // Skills and the rate live only in the page's Nuxt state: the main-world script handed them over.
    const skills = await page.locator('pyvet-sidebar [data-testid="marketplace-skills"] li').allTextContents();
    expect(skills.length).toBeGreaterThan(5);
    expect(skills).toContain('Klaviyo');
    expect(await sidebar(page, 'fact-hourly-rate').textContent()).toMatch(/^40 USD/);
    // Total earnings are hidden on this profile: said, not guessed.
    expect(await sidebar(page, 'could-not-read').textContent()).toBe('Couldn’t read total earnings from this page.');
    expect(await sidebar(page, 'no-github-link').textContent()).toContain('links no GitHub account');
    expect(session.github.requestsTo()).toEqual([]);

    // The user names the account by hand; the analysis runs as on GitHub.
    await page.locator('pyvet-sidebar input#pyvet-login-input').fill('github.com/dingaanmanjate');
    await page.locator('pyvet-sidebar').getByRole('button', { name: 'Analyze' }).click();
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('fasma');
  });

  it('analyzes the GitHub account the profile links, next to the marketplace facts', async () => {
    const page = await openUpwork('/freelancers/~01linkedgithub0000');
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('Chris Wanstrath');
    expect(await sidebar(page, 'marketplace-name').textContent()).toBe('Sergii C.');
    expect(session.github.requestsTo()).toContain('GET /users/defunkt');
    await screenshotForReadme(page, 'marketplace-sidebar');
  });

  it('keeps the user’s correction of a misread field across visits', async () => {
    const page = await openUpwork('/freelancers/~01140923f209578a6b');
    await page.locator('pyvet-sidebar').getByRole('button', { name: 'Correct what pyvet read' }).click();
    await page.locator('pyvet-sidebar input#pyvet-correct-title').fill('Senior Python developer');
    await page.locator('pyvet-sidebar').getByRole('button', { name: 'Save corrections' }).click();
    expect(await sidebar(page, 'fact-title').textContent()).toBe('Senior Python developer');

    const again = await openUpwork('/freelancers/~01140923f209578a6b');
    await expect.poll(() => sidebar(again, 'fact-title').textContent(), { timeout: 15_000 }).toBe('Senior Python developer');
    expect(await sidebar(again, 'corrected-note').textContent()).toBe(', with your corrections (title)');
  });

  it('runs the popup’s link finder in the page and gets the accounts back', async () => {
    const page = await openUpwork('/freelancers/~01linkedgithub0000');
    await page.waitForLoadState('load');
    const worker = session.browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    const found = await worker.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: WxtBrowser }).chrome;
      const [tab] = await api.tabs.query({ url });
      const [result] = await api.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/page-links.js'] });
      return result?.result;
    }, page.url());
    expect(found).toEqual([{ login: 'defunkt', url: 'https://github.com/defunkt', source: 'href' }]);
  });
});
