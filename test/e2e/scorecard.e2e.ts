import { describe, expect, it } from 'vitest';
import { extensionSession, screenshotForReadme, sidebar } from './extension-browser';

const session = extensionSession();

/** Analysis requests; the options page's free GET /rate_limit (the quota display) is not one. */
const analysisRequests = () => session.github.requestsTo().filter((request) => !request.startsWith('GET /rate_limit'));

describe('the verdict against the active role', () => {
  it('follows the active role switched in the options page, without a new API request', async () => {
    const profile = await session.browser.context.newPage();
    await profile.setViewportSize({ width: 1280, height: 1000 });
    await profile.goto('https://github.com/defunkt');
    await expect.poll(() => sidebar(profile, 'verdict').locator('h3').first().textContent(), { timeout: 15_000 }).toBe(
      'Against “Product backend”',
    );
    const backendSummary = await sidebar(profile, 'verdict-summary').textContent();
    expect(backendSummary).toMatch(/^\d+ of 6 must-haves evidenced/);
    // FastAPI is declared in defunkt/pystache-lite's pyproject.toml.
    const fastapi = profile.locator('pyvet-sidebar [data-testid="must-haves"] tr', { hasText: 'FastAPI' });
    expect(await fastapi.getAttribute('data-status')).toBe('evidenced');
    await screenshotForReadme(profile, 'sidebar-verdict');
    const requestsBefore = analysisRequests().length;

    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await options.getByRole('radio', { name: 'Data pipeline' }).check();

    await expect.poll(() => sidebar(profile, 'verdict').locator('h3').first().textContent(), { timeout: 15_000 }).toBe(
      'Against “Data pipeline”',
    );
    expect(await sidebar(profile, 'verdict-summary').textContent()).toMatch(/^\d+ of 7 must-haves evidenced/);
    expect(analysisRequests().length).toBe(requestsBefore);

    // And back from the sidebar's own selector.
    await profile.locator('pyvet-sidebar select#pyvet-role-select').selectOption({ label: 'Product backend' });
    await expect.poll(() => sidebar(profile, 'verdict-summary').textContent()).toBe(backendSummary);
    expect(analysisRequests().length).toBe(requestsBefore);
  });

  it('warns about a kitchen-sink role in the editor', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'New role' }).click();
    await options.getByLabel('Name', { exact: true }).fill('Everything');
    await options
      .getByLabel('Must-have (one per line)')
      .fill(['Django', 'FastAPI', 'Flask', 'Airflow', 'Spark', 'TensorFlow', 'LangChain', 'Kubernetes', 'DevOps'].join('\n'));
    await expect.poll(() => options.getByTestId('kitchen-sink-warning').textContent()).toContain('first milestone');
    await options.getByRole('button', { name: 'Save role' }).click();
    await expect.poll(() => options.getByTestId('roles-status').textContent()).toBe('Saved “Everything”.');
    await options.getByRole('button', { name: 'Delete Everything' }).click();
    await expect.poll(() => options.getByTestId('roles-status').textContent()).toContain('Deleted “Everything”.');
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => options.getByTestId('role-list').textContent()).toContain('Everything');
  });
});
