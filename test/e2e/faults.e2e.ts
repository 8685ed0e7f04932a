import { describe, expect, it } from 'vitest';
import { extensionSession, sidebar } from './extension-browser';
import { type FakeReply } from './fake-github';

// The fake API injects each fault; the sidebar must say what happened and what to do, never crash
// or go blank. Failures are not cached, so one browser serves every case.
const session = extensionSession();

const jsonReply = (status: number, body: unknown, headers: Record<string, string> = {}): FakeReply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

const FAULTS: [string, FakeReply, RegExp][] = [
  ['401 bad token', jsonReply(401, { message: 'Bad credentials' }), /GitHub rejected the token saved in pyvet\./],
  [
    '403 primary rate limit',
    jsonReply(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 600) }),
    /rate limit is used up\..*It resets at .+ \(in (10|11) min\)/,
  ],
  [
    '403 secondary rate limit',
    jsonReply(403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '120' }),
    /rate limit is used up\..*\(in [23] min\)/,
  ],
  ['451 unavailable for legal reasons', jsonReply(451, { message: 'Repository access blocked' }), /HTTP 451/],
  ['500 server error', jsonReply(500, { message: 'Server Error' }), /HTTP 500/],
  ['502 bad gateway (after retries)', { status: 502, body: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } }, /HTTP 502/],
  ['malformed JSON', { status: 200, body: '{"login": "defunkt", "id": ', headers: { 'content-type': 'application/json' } }, /could not read\..*GET \/users\/\{username\}: unexpected response/],
];

describe('faults from GitHub, shown with a next step', () => {
  it.each(FAULTS)('%s', async (_name, reply, message) => {
    session.github.overrideApi((path) => (path === '/users/defunkt' ? reply : undefined));
    const page = await session.browser.context.newPage();
    await page.goto('https://github.com/defunkt');
    await expect.poll(() => sidebar(page, 'error').textContent(), { timeout: 15_000 }).toMatch(message);
    expect(await page.locator('pyvet-sidebar').getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    await page.close();
  });

  it('a page in markup pyvet does not know: says what it could not read, and still asks GitHub', async () => {
    session.github.overrideApi(null);
    const page = await session.browser.context.newPage();
    await page.goto('https://github.com/newmarkup');
    await expect.poll(() => sidebar(page, 'could-not-read').textContent(), { timeout: 15_000 }).toBe(
      'Couldn’t read display name from this page.',
    );
    await expect.poll(() => sidebar(page, 'error').textContent(), { timeout: 15_000 }).toContain(
      'GitHub has no account called “newmarkup”.',
    );
  });

  it('a truncated tree: the evidence is shown and marked partial', async () => {
    session.github.overrideApi((path) => {
      if (path !== '/repos/defunkt/pystache-lite/git/trees/main') return undefined;
      return jsonReply(200, {
        sha: 'x',
        truncated: true,
        tree: [
          { path: 'README.md', type: 'blob', size: 2290 },
          { path: 'tests', type: 'tree' },
          { path: 'tests/test_render.py', type: 'blob', size: 4100 },
        ],
      });
    });
    const page = await session.browser.context.newPage();
    await page.goto('https://github.com/defunkt');
    const lite = page.locator('pyvet-sidebar [data-testid="repo"]', { hasText: 'pystache-lite' });
    await expect.poll(() => lite.textContent(), { timeout: 15_000 }).toContain('partial');
    expect(await sidebar(page, 'coverage').textContent()).toContain('defunkt/pystache-lite: counts there are a lower bound');
  });
});
