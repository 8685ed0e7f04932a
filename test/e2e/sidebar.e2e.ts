import { MAX_FILES_PER_REPO } from '../../lib/analysis/evidence/file-plan';
import type { Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { extensionSession, screenshotForReadme, sidebar } from './extension-browser';

const session = extensionSession({ per: 'test' });

/**
 * In the page, from its start: records which of the sidebar's two bodies showed
 * first, the frame the content script paints or React's panels.
 */
const RECORD_SIDEBAR_ORDER = `
  window.__pyvetSidebarOrder = [];
  const check = () => {
    const root = document.querySelector('pyvet-sidebar')?.shadowRoot;
    for (const id of ['sidebar-shell', 'sidebar-body']) {
      if (root?.querySelector('[data-testid="' + id + '"]') && !window.__pyvetSidebarOrder.includes(id)) window.__pyvetSidebarOrder.push(id);
    }
    if (window.__pyvetSidebarOrder.length < 2) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
`;

async function openProfile(path: string, initScript?: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  if (initScript) await page.addInitScript(initScript);
  await page.goto(`https://github.com${path}`);
  return page;
}

/** What GitHub's Turbo does on a link click: new URL first, new page content after. */
async function navigateClientSide(page: Page, path: string) {
  await page.evaluate(async (target) => {
    const html = await (await fetch(target)).text();
    const next = new DOMParser().parseFromString(html, 'text/html');
    history.pushState({}, '', target);
    await new Promise((done) => setTimeout(done, 100));
    document.querySelector('[data-turbo-body]')!.replaceWith(next.querySelector('[data-turbo-body]')!);
    document.title = next.title;
    document.dispatchEvent(new Event('turbo:load'));
  }, path);
}

describe('sidebar on a GitHub profile', () => {
  it('shows the evidence report within the anonymous request plan', async () => {
    const page = await openProfile('/defunkt', RECORD_SIDEBAR_ORDER);
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('Chris Wanstrath');
    // The frame with the page's data is painted before React's panels load, then replaced by them.
    expect(await page.evaluate(() => (globalThis as { __pyvetSidebarOrder?: string[] }).__pyvetSidebarOrder)).toEqual(['sidebar-shell', 'sidebar-body']);
    expect(await page.locator('pyvet-sidebar [data-testid="sidebar-shell"]').count()).toBe(0);
    expect(await sidebar(page, 'public-repos').textContent()).toBe('107');
    expect(await sidebar(page, 'python-repos').textContent()).toBe('3 (1 of them forks) among the 6 most recently pushed');
    expect(await sidebar(page, 'last-python-push').textContent()).toMatch(/^defunkt\/pystache-lite 2025-09-14 \(/);

    // Tests, stack and activity evidence, each linked to the file that shows it.
    const lite = page.locator('pyvet-sidebar [data-testid="repo"]', { hasText: 'pystache-lite' });
    expect(await lite.getByTestId('repo-tests').getAttribute('data-present')).toBe('true');
    expect(await lite.getByTestId('repo-tests').locator('a').getAttribute('href')).toBe(
      'https://github.com/defunkt/pystache-lite/blob/main/.github/workflows/tests.yml',
    );
    expect(await lite.getByTestId('repo-stack').getByRole('link', { name: 'FastAPI' }).getAttribute('href')).toBe(
      'https://github.com/defunkt/pystache-lite/blob/main/pyproject.toml',
    );
    expect(await sidebar(page, 'activity').locator('svg').getAttribute('aria-label')).toMatch(
      /^[1-9]\d* of \d+ activity counts in the last 12 months were in Python repositories\.$/,
    );
    expect(await sidebar(page, 'outdated').textContent()).toContain('Programming Language :: Python :: 2');
    // The avatar comes from GitHub's avatar host (the fake draws one), asked for without a referrer.
    await expect.poll(() => sidebar(page, 'avatar').evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBe(40);
    expect(await sidebar(page, 'avatar').getAttribute('src')).toBe('https://avatars.githubusercontent.com/u/2?v=4');
    expect(await sidebar(page, 'avatar').getAttribute('referrerpolicy')).toBe('no-referrer');

    // At most 8 API requests: user, repositories, events, then one tree per examined repository.
    const api = session.github.requestsTo();
    expect(api.length).toBeLessThanOrEqual(8);
    expect(api.slice(0, 3).sort()).toEqual([
      'GET /users/defunkt',
      'GET /users/defunkt/events/public?per_page=100',
      'GET /users/defunkt/repos?type=owner&sort=pushed&per_page=100',
    ]);
    expect(api.slice(3).every((request) => /^GET \/repos\/defunkt\/[\w.-]+\/git\/trees\/\w+\?recursive=1$/.test(request))).toBe(true);
    // Small files come from raw.githubusercontent.com, within the download budget of each repository.
    const rawPerRepo = new Map<string, number>();
    for (const request of session.github.requestsTo('raw.githubusercontent.com')) {
      const repo = request.split('/').slice(1, 3).join('/');
      rawPerRepo.set(repo, (rawPerRepo.get(repo) ?? 0) + 1);
    }
    expect(rawPerRepo.size).toBeGreaterThan(0);
    expect(Math.max(...rawPerRepo.values())).toBeLessThanOrEqual(MAX_FILES_PER_REPO);
    expect(await sidebar(page, 'source').textContent()).toContain(`${api.length} API requests`);
    // The sidebar lives in a shadow root, so GitHub's styles and ours stay apart.
    expect(await page.evaluate(() => Boolean(document.querySelector('pyvet-sidebar')?.shadowRoot))).toBe(true);
    await screenshotForReadme(page, 'sidebar');
  });

  it('follows the system dark theme when GitHub’s theme is "auto"', async () => {
    const page = await openProfile('/defunkt');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('Chris Wanstrath');
    const background = await page
      .locator('pyvet-sidebar aside')
      .evaluate((aside) => getComputedStyle(aside).backgroundColor);
    expect(background).toBe('rgb(21, 27, 35)');
    await screenshotForReadme(page, 'sidebar-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect
      .poll(() => page.locator('pyvet-sidebar aside').evaluate((aside) => getComputedStyle(aside).backgroundColor))
      .toBe('rgb(255, 255, 255)');
  });

  it('collapses and expands when the stored state flips, as the Alt+Shift+Y shortcut does', async () => {
    const page = await openProfile('/defunkt');
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('Chris Wanstrath');
    const worker = session.browser.context.serviceWorkers()[0]!;
    const setCollapsed = (collapsed: boolean) =>
      worker.evaluate(
        (value) => (globalThis as unknown as { chrome: WxtBrowser }).chrome.storage.local.set({ sidebarCollapsed: value }),
        collapsed,
      );
    await setCollapsed(true);
    await expect.poll(() => sidebar(page, 'sidebar-body').isHidden()).toBe(true);
    await setCollapsed(false);
    await expect.poll(() => sidebar(page, 'sidebar-body').isVisible()).toBe(true);
  });

  it('makes no API request when the same profile is opened again', async () => {
    const first = await openProfile('/defunkt');
    await expect.poll(() => sidebar(first, 'public-repos').textContent(), { timeout: 15_000 }).toBe('107');
    const before = session.github.seen.length;
    const second = await openProfile('/defunkt');
    await expect.poll(() => sidebar(second, 'source').textContent(), { timeout: 15_000 }).toContain(
      'cached, no new requests',
    );
    // Only the page itself (and its avatar images) was fetched again: no API request, no raw download.
    const hosts = new Set(session.github.seen.slice(before).map((request) => request.host));
    expect([...hosts].filter((host) => host !== 'github.com' && host !== 'avatars.githubusercontent.com')).toEqual([]);
  });

  it('follows a client-side navigation from one profile to another', async () => {
    const page = await openProfile('/defunkt');
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('Chris Wanstrath');
    await navigateClientSide(page, '/dingaanmanjate');
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('fasma');
    expect(await sidebar(page, 'python-repos').textContent()).toBe('1');
    expect(await page.locator('pyvet-sidebar').count()).toBe(1);
    expect(session.github.requestsTo()).toContain('GET /users/dingaanmanjate');
  });

  it('leaves when a client-side navigation goes to a repository', async () => {
    const page = await openProfile('/defunkt');
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('Chris Wanstrath');
    await navigateClientSide(page, '/defunkt/dotjs');
    await expect.poll(() => page.locator('pyvet-sidebar').count(), { timeout: 15_000 }).toBe(0);
  });

  it('does not appear on a repository page or an organization page', async () => {
    for (const path of ['/defunkt/dotjs', '/python']) {
      const page = await openProfile(path);
      await page.waitForLoadState('load');
      // Give the content script the time it takes to mount on a profile (well under a second).
      await page.waitForTimeout(1500);
      expect(await page.locator('pyvet-sidebar').count(), path).toBe(0);
    }
    expect(session.github.requestsTo()).toEqual([]);
  });

  it('says so when GitHub has no such user', async () => {
    session.github.overrideApi(() => ({ status: 404, body: JSON.stringify({ message: 'Not Found' }) }));
    const page = await openProfile('/defunkt');
    await expect.poll(() => sidebar(page, 'error').textContent(), { timeout: 15_000 }).toContain(
      'GitHub has no account called “defunkt”.',
    );
  });

  it('shows when the rate limit resets, then recovers on “Try again”', async () => {
    const resetAt = Math.floor(Date.now() / 1000) + 25 * 60;
    session.github.overrideApi(() => ({
      status: 403,
      body: JSON.stringify({ message: 'API rate limit exceeded for 127.0.0.1.' }),
      headers: {
        'content-type': 'application/json',
        'x-ratelimit-limit': '60',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(resetAt),
      },
    }));
    const page = await openProfile('/defunkt');
    const error = sidebar(page, 'error');
    await expect.poll(() => error.textContent(), { timeout: 15_000 }).toContain('GitHub’s rate limit is used up.');
    expect(await error.textContent()).toMatch(/It resets at .+ \(in 2[45] min\)/);
    await screenshotForReadme(page, 'sidebar-rate-limited');

    session.github.overrideApi(null);
    await error.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('Chris Wanstrath');
  });

  it('shows hostile page text as text and runs none of it', async () => {
    session.github.overrideApi((path) =>
      path === '/users/hostile-dev'
        ? {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              login: 'hostile-dev',
              id: 9,
              type: 'User',
              name: null,
              avatar_url: 'javascript:window.__pyvetXss=1',
              html_url: 'javascript:window.__pyvetXss=1',
              public_repos: 0,
            }),
          }
        : path === '/users/hostile-dev/repos'
          ? { status: 200, headers: { 'content-type': 'application/json' }, body: '[]' }
          : undefined,
    );
    const page = await openProfile('/hostile-dev');
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe(
      '<img src=x onerror="window.__pyvetXss=1"><script>window.__pyvetXss=1</script>',
    );
    expect(await page.locator('pyvet-sidebar img, pyvet-sidebar script').count()).toBe(0);
    // The javascript: profile link from the API is shown as text, not as a link.
    expect(await page.locator('pyvet-sidebar a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pyvetXss?: number }).__pyvetXss)).toBeUndefined();
  });
});
