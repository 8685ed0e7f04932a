import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshotForReadme, sidebar, type ExtensionBrowser } from './extension-browser';
import { startFakeGitHub, type FakeGitHub } from './fake-github';

let github: FakeGitHub;
let browser: ExtensionBrowser;

beforeAll(async () => {
  github = await startFakeGitHub();
  browser = await launchWithExtension(github);
});

afterAll(async () => {
  await browser.close();
  await github.close();
});

describe('saving a candidate', () => {
  it('from the sidebar to a shortlist, shown on the shortlists page and exported as CSV', async () => {
    const profile = await browser.context.newPage();
    await profile.goto('https://github.com/defunkt');
    const form = profile.locator('pyvet-sidebar [data-testid="save-candidate"]');
    await expect.poll(() => form.count(), { timeout: 15_000 }).toBe(1);
    await form.getByLabel('Stage').selectOption({ label: 'Technical screen' });
    await form.getByLabel('Shortlist').fill('Backend Q4');
    await form.getByLabel('Note').fill('Ask about the =SUM() style notes, and pystache-lite tests.');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => sidebar(profile, 'save-status').textContent()).toBe('Saved to “Backend Q4” at Technical screen.');

    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/shortlists.html`);
    const row = page.getByTestId('candidate-row');
    await expect.poll(() => row.textContent()).toContain('Chris Wanstrath @defunktTechnical screen');
    await screenshotForReadme(page, 'shortlists');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('pyvet-backend-q4.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, line] = csv.split('\r\n');
    expect(header).toBe('name,github_login,stage,note,profiles,saved_at,updated_at');
    expect(line).toMatch(/^Chris Wanstrath,defunkt,Technical screen,"Ask about the =SUM\(\) style notes, and pystache-lite tests\.",https:\/\/github\.com\/defunkt,/);

    // Coming back to the profile shows it as saved.
    await profile.reload();
    await expect.poll(() => sidebar(profile, 'saved-state').textContent(), { timeout: 15_000 }).toMatch(
      /^Saved · Technical screen · .+ · 1 save$/,
    );
  });
});
