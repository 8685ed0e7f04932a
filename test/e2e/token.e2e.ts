import { describe, expect, it } from 'vitest';
import { extensionSession, screenshotForReadme, sidebar } from './extension-browser';

/** Where analyses send requests. */
const ANALYSIS_HOSTS = ['api.github.com', 'raw.githubusercontent.com'];

const session = extensionSession();
const TOKEN = `github_pat_${'E2e0'.repeat(15)}`;

describe('with a GitHub token', () => {
  it('refuses a token GitHub rejects, saves a good one, and then analyzes in two GraphQL queries', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    const field = options.getByLabel('Token', { exact: true });

    await field.fill(`github_pat_revoked${'x'.repeat(40)}`);
    await options.getByRole('button', { name: 'Check and save' }).click();
    await expect.poll(() => options.getByTestId('token-message').textContent()).toBe(
      'Not saved: GitHub rejected the token saved in pyvet.',
    );
    expect(await options.getByTestId('token-state').textContent()).toBe('No token saved.');

    await field.fill(TOKEN);
    await options.getByRole('button', { name: 'Check and save' }).click();
    await expect.poll(() => options.getByTestId('token-message').textContent()).toBe('Token checked with GitHub and saved.');
    expect(await options.getByTestId('token-quota').textContent()).toMatch(/^4997 of 5000 requests left this hour/);
    await screenshotForReadme(options, 'options-token');

    const before = session.github.seen.length;
    const page = await session.browser.context.newPage();
    await page.goto('https://github.com/defunkt');
    await expect.poll(() => sidebar(page, 'source').textContent(), { timeout: 15_000 }).toContain('2 API requests, 1 file download');
    // The page's own images come from the avatar host; the analysis is what goes to the API and raw hosts.
    const analysis = session.github.seen.slice(before).filter((request) => ANALYSIS_HOSTS.includes(request.host));
    // Two queries name every file they can; the one raw download is a test module, whose path no query can guess.
    expect(analysis.map((request) => `${request.method} ${request.host}${request.url}`)).toEqual([
      'POST api.github.com/graphql',
      'POST api.github.com/graphql',
      'GET raw.githubusercontent.com/defunkt/pystache-lite/main/tests/test_parser.py',
    ]);
    // The token goes to api.github.com and nowhere else.
    expect(session.github.seen.filter((request) => request.headers.authorization).every((request) => request.host === 'api.github.com')).toBe(true);
    expect(analysis.filter((request) => request.host === 'api.github.com').every((request) => request.headers.authorization === `token ${TOKEN}`)).toBe(true);
    expect(await page.locator('pyvet-sidebar [data-testid="repo"]').count()).toBeGreaterThan(0);
  });
});
