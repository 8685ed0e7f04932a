import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FakeAshby, FakeLever } from '../support/fake-ats';
import { seriousViolations } from './axe';
import { E2E_EXTENSION_DIR, extensionSession, openPopupFor, screenshotForReadme, sidebar } from './extension-browser';

// The e2e build has the ATS hosts granted at install: a test cannot click the permission prompt.
const session = extensionSession({ extensionDir: E2E_EXTENSION_DIR });

const extensionPage = async (name: string) => {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${session.browser.extensionId}/${name}.html`);
  return page;
};

/** Saves a candidate the way a sidebar does: a message to the background. */
async function saveCandidate(page: Page, login: string, displayName: string) {
  await page.evaluate(
    async ({ login, displayName }) => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } } }).chrome;
      await chrome.runtime.sendMessage({
        type: 'save-candidate',
        payload: { githubLogin: login, displayName, profileUrl: `https://github.com/${login}`, stage: 'technical-screen', note: 'Async done right.', shortlist: 'Backend' },
      });
    },
    { login, displayName },
  );
}

async function connect(vendor: 'Ashby' | 'Lever', apiKey: string, performAs?: string) {
  const options = await extensionPage('options');
  const form = options.getByRole('form', { name: 'Connect an ATS' });
  await form.getByLabel('System').selectOption({ label: vendor });
  await form.getByLabel('API key').fill(apiKey);
  if (performAs) await form.getByLabel('Lever user id (perform_as)').fill(performAs);
  await form.getByRole('button', { name: 'Check key and connect' }).click();
  await expect.poll(() => options.getByTestId('ats-state').textContent()).toMatch(new RegExp(`^Connected to ${vendor} as `));
  return options;
}

describe('sending candidates to the team’s ATS', () => {
  it('Ashby: the key is checked, then two candidates (one already there) → 1 created, 1 linked; sending again duplicates nothing', async () => {
    const ashby = new FakeAshby();
    ashby.seed({ name: 'Grace Hopper', emails: [], socialLinks: [{ type: 'GitHub', url: 'https://github.com/grace' }] });
    session.github.serveHost('api.ashbyhq.com', (request) => ashby.handle(request));

    const options = await connect('Ashby', ashby.apiKey);
    await options.locator('#pyvet-ats-title').evaluate((heading) => heading.scrollIntoView());
    await screenshotForReadme(options, 'options-ats');
    expect(await seriousViolations(options, 'section[aria-labelledby="pyvet-ats-title"]')).toEqual([]);
    // The key never comes back to a page.
    expect(await options.content()).not.toContain(ashby.apiKey);

    const page = await extensionPage('shortlists');
    await saveCandidate(page, 'ada', 'Ada Lovelace');
    await saveCandidate(page, 'grace', 'Grace Hopper');
    await expect.poll(() => page.getByTestId('candidate-row').count()).toBe(2);
    await page.getByRole('checkbox', { name: 'Select all 2 candidates in view' }).check();
    await page.getByRole('button', { name: 'Send to Ashby…' }).click();
    const panel = page.getByTestId('ats-send');
    await expect.poll(() => panel.getByTestId('ats-preview').textContent()).toBe(
      'Grace Hopper: already there: will be linked, with the verdict as a noteAda Lovelace: new: will be created',
    );
    await panel.getByRole('button', { name: 'Send 2 candidates to Ashby' }).click();
    await expect.poll(() => panel.getByTestId('ats-summary').textContent()).toBe('1 created, 1 linked.');
    await screenshotForReadme(page, 'shortlists-ats');
    expect(await seriousViolations(page, '[data-testid="ats-send"]')).toEqual([]);
    expect(ashby.candidates.map((candidate) => candidate.name).sort()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(ashby.notes).toHaveLength(2);
    expect(ashby.requests.every((request) => request.authorization === `Basic ${btoa(`${ashby.apiKey}:`)}`)).toBe(true);

    // Again: both are known now, so each gets a note and nobody is created.
    await panel.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Send to Ashby…' }).click();
    await expect.poll(async () => (await panel.getByTestId('ats-preview').getByRole('listitem').allTextContents()).sort()).toEqual([
      'Ada Lovelace: sent before: the verdict is added as a note',
      'Grace Hopper: sent before: the verdict is added as a note',
    ]);
    await panel.getByRole('button', { name: 'Send 2 candidates to Ashby' }).click();
    await expect.poll(() => panel.getByTestId('ats-summary').textContent()).toBe('2 updated.');
    expect(ashby.candidates).toHaveLength(2);

    await panel.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Ada Lovelace' }).click();
    await expect.poll(() => page.getByTestId('ats-records').textContent()).toMatch(/^In Ashby: candidate-\d+ \(sent /);
    await options.getByRole('button', { name: 'Disconnect Ashby' }).click();
    await expect.poll(() => options.getByTestId('ats-state').textContent()).toBe('No system connected.');
  });

  it('Lever: from the popup, the candidate on the page is sent once, tagged pyvet, as the acting user', async () => {
    const lever = new FakeLever();
    session.github.serveHost('api.lever.co', (request) => lever.handle(request));
    await connect('Lever', lever.apiKey, lever.users[0]!.id);

    const profile = await session.browser.context.newPage();
    await profile.goto('https://github.com/defunkt');
    await expect.poll(() => sidebar(profile, 'save-candidate').count(), { timeout: 15_000 }).toBe(1);
    const popup = await openPopupFor(session.browser, 'https://github.com/defunkt');
    const ats = popup.getByTestId('popup-ats');
    await expect.poll(() => ats.textContent(), { timeout: 15_000 }).toBe('Save the candidate to send them to Lever.');
    await popup.getByTestId('save-candidate').getByRole('button', { name: 'Save' }).click();
    await ats.getByRole('button', { name: 'Send to Lever' }).click();
    await expect.poll(() => ats.getByRole('status').textContent()).toBe('Chris Wanstrath: created · open in Lever');
    expect(lever.opportunities).toHaveLength(1);
    expect(lever.opportunities[0]).toMatchObject({ name: 'Chris Wanstrath', tags: expect.arrayContaining(['pyvet']), sources: ['pyvet'], origin: 'sourced' });
    expect(lever.requests.filter((request) => request.method === 'POST').every((request) => request.path.includes('perform_as=user-rita'))).toBe(true);

    // A second send, from anywhere, finds the record and adds a note instead of a second opportunity.
    await ats.getByRole('button', { name: 'Send again to Lever' }).click();
    await expect.poll(() => ats.getByRole('status').textContent()).toBe('Chris Wanstrath: updated · open in Lever');
    expect(lever.opportunities).toHaveLength(1);
  });
});
