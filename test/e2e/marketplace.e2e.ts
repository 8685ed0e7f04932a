import { describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { OWN_PAGES } from '../support/github-fixture-routes';
import { chromiumSession, sidebar } from './extension-browser';
import { describeUpworkPageReading, marketplaceSession, openUpwork as openUpworkIn, OWN_UPWORK_FACTS } from './marketplace-cases';

const session = marketplaceSession();
const openUpwork = (path: string) => openUpworkIn(session, path);

describeUpworkPageReading(chromiumSession(session), OWN_PAGES, OWN_UPWORK_FACTS);

describe('on an Upwork profile (marketplace enabled)', () => {
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
