import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CandidatesExportSchema } from '../../lib/shortlists/export/shortlist-export';
import type { Candidate } from '../../lib/shortlists/records';
import {
  E2E_EXTENSION_DIR,
  extensionSession,
  launchWithExtension,
  openPopupFor,
  screenshotForReadme,
  sidebar,
  type ExtensionBrowser,
} from './extension-browser';
import type { FixturePages } from '../support/github-fixture-routes';


async function openShortlists(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${browser.extensionId}/shortlists.html`);
  return page;
}

async function download(page: Page, button: string): Promise<{ name: string; text: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = (await file.path())!;
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

const rows = (page: Page) => page.getByTestId('candidate-row');

/**
 * The reviewer's whole workflow on the fake sites serving `pages`: the
 * project's own pages in `npm test`, the real saved ones in the corpus tier.
 */
export function describeReviewerWorkflow(pages: FixturePages): void {
  // The e2e build has the marketplace hosts granted (a test cannot click Chromium's permission prompt).
  const session = extensionSession({ extensionDir: E2E_EXTENSION_DIR, pages });
  let freshProfile: ExtensionBrowser | undefined;
  afterAll(async () => {
    await freshProfile?.close();
  });
  let exported: { path: string; candidates: Candidate[] };

  describe('the reviewer’s workflow, end to end', () => {
    it('GitHub profile → sidebar → popup save with a quick score → shortlists page → CSV', async () => {
      const profile = await session.browser.context.newPage();
      await profile.goto('https://github.com/defunkt');
      await expect.poll(() => sidebar(profile, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('Chris Wanstrath');

      const popup = await openPopupFor(session.browser, 'https://github.com/defunkt');
      const form = popup.getByTestId('save-candidate');
      await form.waitFor({ timeout: 15_000 });
      await form.getByRole('group', { name: 'FastAPI' }).getByText('4', { exact: true }).click();
      await form.getByRole('group', { name: 'PostgreSQL' }).getByText('2', { exact: true }).click();
      await form.getByLabel('Stage').selectOption({ label: 'Technical screen' });
      await form.getByLabel('Tags, comma-separated').fill('mustache, legacy');
      await form.getByLabel('Shortlist').fill('Backend Q4');
      await screenshotForReadme(popup, 'popup-quick-score');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => popup.getByTestId('save-status').textContent()).toBe('Saved to “Backend Q4” at Technical screen.');
      await popup.getByTestId('save-history').click();
      await expect.poll(() => popup.getByTestId('save-history').textContent()).toContain('Technical screen · FastAPI 4/5, PostgreSQL 2/5');

      const page = await openShortlists(session.browser);
      await expect.poll(() => rows(page).first().textContent()).toContain('Chris Wanstrath @defunktTechnical screen3.0');
      const csv = await download(page, 'Export CSV');
      expect(csv.name).toBe('pyvet-all-candidates.csv');
      const [header, line] = csv.text.split('\r\n');
      expect(header).toBe('name,github_login,stage,note,profiles,saved_at,updated_at,tags,average_score,role,must_haves,flags,ats_records,stage_outcomes');
      expect(line).toMatch(/^Chris Wanstrath,defunkt,Technical screen,,https:\/\/github\.com\/defunkt,.*,mustache; legacy,3\.0,Product backend,"\d of 6 must-haves evidenced, .+",[a-z-; ]*,,$/);
    });

    it('the same on an Upwork profile: the linked account merges into the person already saved; one without GitHub is saved too', async () => {
      const linked = await session.browser.context.newPage();
      await linked.goto('https://www.upwork.com/freelancers/~01linkedgithub0000');
      await expect.poll(() => sidebar(linked, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('Chris Wanstrath');
      const popup = await openPopupFor(session.browser, 'https://www.upwork.com/freelancers/~01linkedgithub0000');
      const form = popup.getByTestId('save-candidate');
      await form.waitFor({ timeout: 15_000 });
      await form.getByLabel('Note').fill('Upwork rate $40/h');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => popup.getByTestId('save-status').textContent()).toBe('Saved to “Backend Q4” at Technical screen.');

      const unlinked = await session.browser.context.newPage();
      await unlinked.goto('https://www.upwork.com/freelancers/~01140923f209578a6b');
      await expect.poll(() => sidebar(unlinked, 'marketplace-name').textContent(), { timeout: 15_000 }).toBe(pages.upwork.name);
      const secondPopup = await openPopupFor(session.browser, 'https://www.upwork.com/freelancers/~01140923f209578a6b');
      const secondForm = secondPopup.getByTestId('save-candidate');
      await secondForm.waitFor({ timeout: 15_000 });
      await secondForm.getByLabel('Shortlist').fill('Marketing automation');
      await secondForm.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => secondPopup.getByTestId('save-status').textContent()).toBe('Saved to “Marketing automation” at Profile filter.');

      const page = await openShortlists(session.browser);
      await expect.poll(() => rows(page).count()).toBe(2);
      await page.getByRole('button', { name: 'Chris Wanstrath' }).click();
      const details = page.getByTestId('candidate-details');
      // The details are read whole when opened, and their panel is loaded after the first screen.
      await expect.poll(() => details.getByRole('link').allTextContents()).toEqual([
        'https://github.com/defunkt',
        'https://www.upwork.com/freelancers/~01linkedgithub0000',
      ]);
      await screenshotForReadme(page, 'shortlists');
      await page.getByRole('checkbox', { name: /^Select all/ }).check();
      await page.getByRole('button', { name: 'Compare' }).click();
      await page.getByTestId('compare').waitFor();
      expect(await page.getByTestId('compare').getByRole('columnheader').allTextContents()).toHaveLength(3);
      await screenshotForReadme(page, 'shortlists-compare');

      const json = await download(page, 'Export JSON');
      exported = { path: json.path, candidates: CandidatesExportSchema.parse(JSON.parse(json.text)).candidates };
      expect(exported.candidates.map((candidate) => candidate.displayName).sort()).toEqual(['Chris Wanstrath', pages.upwork.name].sort());
    });

    it('imports the JSON into a fresh browser profile with the same data', async () => {
      freshProfile = await launchWithExtension(session.github, E2E_EXTENSION_DIR);
      const page = await openShortlists(freshProfile);
      await expect.poll(() => page.getByTestId('shortlists-empty').count()).toBe(1);
      await page.getByTestId('import-file').setInputFiles(exported.path);
      await expect.poll(() => page.getByTestId('import-preview').textContent()).toContain('2 new candidates');
      await page.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
      await expect.poll(() => rows(page).count()).toBe(2);

      // The shortlists came along, each holding its person.
      expect(await page.getByTestId('shortlist').allTextContents()).toEqual(expect.arrayContaining(['Backend Q4 (1)', 'Marketing automation (1)']));
      const again = await download(page, 'Export JSON');
      const imported = CandidatesExportSchema.parse(JSON.parse(again.text)).candidates;
      const byId = (list: Candidate[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(imported)).toEqual(byId(exported.candidates));
    });
  });
}
