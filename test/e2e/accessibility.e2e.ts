import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { E2E_EXTENSION_DIR, extensionSession, openPopupFor, sidebar } from './extension-browser';

const session = extensionSession({ extensionDir: E2E_EXTENSION_DIR });

describe.each(['light', 'dark'] as const)('accessibility (%s)', (colorScheme) => {
  it('the GitHub sidebar with its report and verdict', async () => {
    const page = await session.browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto('https://github.com/defunkt');
    await expect.poll(() => sidebar(page, 'verdict-summary').count(), { timeout: 15_000 }).toBe(1);
    expect(await seriousViolations(page, 'pyvet-sidebar')).toEqual([]);
  });

  it('the marketplace sidebar', async () => {
    const page = await session.browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto('https://www.upwork.com/freelancers/~01linkedgithub0000');
    await expect.poll(() => sidebar(page, 'verdict-summary').count(), { timeout: 15_000 }).toBe(1);
    expect(await seriousViolations(page, 'pyvet-sidebar')).toEqual([]);
  });

  it('the popup on a profile, with the verdict, quick scores and history', async () => {
    const profile = await session.browser.context.newPage();
    await profile.goto('https://github.com/defunkt');
    await expect.poll(() => sidebar(profile, 'save-candidate').count(), { timeout: 15_000 }).toBe(1);
    const popup = await openPopupFor(session.browser, 'https://github.com/defunkt');
    await popup.emulateMedia({ colorScheme });
    const form = popup.getByTestId('save-candidate');
    await form.waitFor({ timeout: 15_000 });
    await form.getByRole('group', { name: 'FastAPI' }).getByText('5', { exact: true }).click();
    await form.getByRole('button', { name: 'Save' }).click();
    await popup.getByTestId('save-history').click();
    expect(await seriousViolations(popup)).toEqual([]);
    await profile.close();
  });

  it('the shortlists page with candidates, details and a comparison', async () => {
    const upwork = await session.browser.context.newPage();
    await upwork.goto('https://www.upwork.com/freelancers/~01140923f209578a6b');
    const form = upwork.locator('pyvet-sidebar [data-testid="save-candidate"]');
    await expect.poll(() => form.count(), { timeout: 15_000 }).toBe(1);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => sidebar(upwork, 'save-status').count()).toBe(1);

    const page = await session.browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(`chrome-extension://${session.browser.extensionId}/shortlists.html`);
    await expect.poll(() => page.getByTestId('candidate-row').count()).toBe(2);
    await page.getByRole('checkbox', { name: /^Select all/ }).check();
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByRole('button', { name: 'Chris Wanstrath' }).click();
    await page.getByTestId('compare').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each(['popup.html', 'options.html', 'shortlists.html'])('the %s page', async (file) => {
    const page = await session.browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(`chrome-extension://${session.browser.extensionId}/${file}`);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
