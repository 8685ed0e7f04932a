import { describe, expect, it } from 'vitest';
import { corpusPages } from '../../support/corpus';
import { extensionSession, sidebar } from '../../e2e/extension-browser';

// The real saved GitHub profiles, in real Chromium: the content script finds the profile in GitHub's
// own markup, reads it whole, and the sidebar follows a client-side navigation between them.
const session = extensionSession({ pages: corpusPages() });

describe('the sidebar on the real saved GitHub profiles', () => {
  it.each([
    ['/defunkt', 'Chris Wanstrath'],
    ['/dingaanmanjate', 'fasma'],
  ])('%s: the sidebar appears and reads everything it looks for on the page', async (path, name) => {
    const page = await session.browser.context.newPage();
    await page.goto(`https://github.com${path}`);
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe(name);
    expect(await sidebar(page, 'could-not-read').count()).toBe(0);
  });
});
