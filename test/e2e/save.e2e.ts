import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { BackupSchema } from '../../lib/shortlists/export/backup';
import { extensionSession, sidebar } from './extension-browser';

const session = extensionSession();

describe('saving a candidate', () => {
  it('from the sidebar to a shortlist, shown on the shortlists page and exported as CSV', async () => {
    const profile = await session.browser.context.newPage();
    await profile.goto('https://github.com/defunkt');
    const form = profile.locator('pyvet-sidebar [data-testid="save-candidate"]');
    await expect.poll(() => form.count(), { timeout: 15_000 }).toBe(1);
    await form.getByLabel('Stage').selectOption({ label: 'Technical screen' });
    await form.getByLabel('Shortlist').fill('Backend Q4');
    await form.getByLabel('Note').fill('Ask about the =SUM() style notes, and pystache-lite tests.');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => sidebar(profile, 'save-status').textContent()).toBe('Saved to “Backend Q4” at Technical screen.');

    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/shortlists.html`);
    const row = page.getByTestId('candidate-row');
    await expect.poll(() => row.textContent()).toContain('Chris Wanstrath @defunktTechnical screen');
    await page.getByRole('button', { name: 'Backend Q4 (1)' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('pyvet-backend-q4.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, line] = csv.split('\r\n');
    expect(header).toBe('name,github_login,stage,note,profiles,saved_at,updated_at,tags,average_score,role,must_haves,flags,ats_records,stage_outcomes');
    expect(line).toMatch(/^Chris Wanstrath,defunkt,Technical screen,"Ask about the =SUM\(\) style notes, and pystache-lite tests\.",https:\/\/github\.com\/defunkt,/);

    // Moving the candidate on from the shortlists page shows at once in the open sidebar.
    await page.getByRole('checkbox', { name: 'Select Chris Wanstrath' }).check();
    await page.getByLabel('Move to').selectOption({ label: 'Practical task' });
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    await expect.poll(() => sidebar(profile, 'saved-state').textContent(), { timeout: 10_000 }).toMatch(/^Saved · Practical task · /);

    // Coming back to the profile shows it as saved.
    await profile.reload();
    await expect.poll(() => sidebar(profile, 'saved-state').textContent(), { timeout: 15_000 }).toMatch(
      /^Saved · Practical task · .+ · 2 saves$/,
    );
  });

  it('exports everything without the token, then wipes everything after confirmation', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    // A token is saved first, so the export can be checked for its absence.
    const worker = session.browser.context.serviceWorkers()[0]!;
    const token = `github_pat_${'Z9'.repeat(30)}`;
    await worker.evaluate((value) => (globalThis as unknown as { chrome: WxtBrowser }).chrome.storage.local.set({ githubToken: value }), token);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export everything' }).click()]);
    expect(download.suggestedFilename()).toBe('pyvet-backup.json');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).not.toContain(token);
    expect(BackupSchema.parse(JSON.parse(text))).toMatchObject({
      format: 'pyvet-backup',
      candidates: [{ githubLogin: 'defunkt', stage: 'practical-task' }],
      shortlists: [{ name: 'Backend Q4' }],
    });

    await options.getByRole('button', { name: 'Wipe everything…' }).click();
    await options.getByLabel(/Type “delete”/).fill('delete');
    await options.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => options.getByTestId('data-status').textContent()).toBe(
      'Everything pyvet kept in this browser has been deleted.',
    );
    const stored = await worker.evaluate(() => (globalThis as unknown as { chrome: WxtBrowser }).chrome.storage.local.get(null));
    expect(stored).not.toHaveProperty('githubToken');
    const shortlists = await session.browser.context.newPage();
    await shortlists.goto(`chrome-extension://${session.browser.extensionId}/shortlists.html`);
    await expect.poll(() => shortlists.getByTestId('shortlists-empty').count()).toBe(1);
  });
});
