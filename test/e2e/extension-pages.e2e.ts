import { describe, expect, it } from 'vitest';
import { extensionSession, screenshotForReadme } from './extension-browser';

const session = extensionSession();

const openExtensionPage = async (file: string) => {
  const page = await session.browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`chrome-extension://${session.browser.extensionId}/${file}`);
  return { page, errors };
};

describe('extension pages', () => {
  it('the popup opens and explains where pyvet works', async () => {
    const { page, errors } = await openExtensionPage('popup.html');
    await page.setViewportSize({ width: 360, height: 420 });
    await expect.poll(() => page.getByTestId('popup-status').textContent()).toContain('works on GitHub profiles');
    expect(await page.getByRole('button', { name: 'Shortlists' }).isVisible()).toBe(true);
    await screenshotForReadme(page, 'popup-other-page');
    expect(errors).toEqual([]);
  });

  it('the options page counts cached GitHub responses and clears them through the background', async () => {
    // Fill the cache with one profile visit first.
    const profile = await session.browser.context.newPage();
    await profile.goto('https://github.com/dingaanmanjate');
    await expect
      .poll(() => profile.locator('pyvet-sidebar [data-testid="candidate-name"]').textContent(), { timeout: 15_000 })
      .toBe('fasma');

    // One cache entry per distinct request the analysis made to the API and raw hosts.
    const cachedAnswers = session.github.seen.filter((request) => ['api.github.com', 'raw.githubusercontent.com'].includes(request.host)).length;
    const { page, errors } = await openExtensionPage('options.html');
    // The page asks the background several things at once on load (cache, quota, roles, ATS): give it the time a cold start takes.
    await expect.poll(() => page.getByTestId('cache-stats').textContent(), { timeout: 5_000 }).toBe(`${cachedAnswers} cached GitHub responses.`);
    await page.setViewportSize({ width: 1000, height: 900 });
    await screenshotForReadme(page, 'options');
    expect(await page.getByTestId('granted-hosts').textContent()).toContain('https://api.github.com/*');
    await page.getByRole('button', { name: 'Clear cached GitHub data' }).click();
    await expect
      .poll(() => page.getByTestId('options-message').textContent())
      .toBe(`Removed ${cachedAnswers} cached GitHub responses.`);
    await expect.poll(() => page.getByTestId('cache-stats').textContent()).toBe('0 cached GitHub responses.');
    expect(errors).toEqual([]);
  });

  it('the shortlists page opens on pyvet’s database', async () => {
    const { page, errors } = await openExtensionPage('shortlists.html');
    await expect.poll(() => page.getByTestId('shortlists-empty').textContent()).toContain('No candidates yet');
    expect(errors).toEqual([]);
  });

  it('the shortlists page takes a search typed before its scripts have run, and goes on from it', async () => {
    const page = await session.browser.context.newPage();
    // Parsing has finished and the page's module scripts have not run yet: the frame from its HTML is all there is.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const field = document.querySelector<HTMLInputElement>('#pyvet-page-frame input[type="search"]');
        if (!field || document.querySelector('#root')?.childElementCount) return;
        field.focus();
        field.value = 'ana';
        field.setSelectionRange(1, 1);
        (window as unknown as { typedInFrame: boolean }).typedInFrame = true;
      });
    });
    await page.goto(`chrome-extension://${session.browser.extensionId}/shortlists.html`);
    await expect.poll(() => page.getByTestId('shortlists-empty').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { typedInFrame?: boolean }).typedInFrame)).toBe(true);
    // One field now, React's, holding what was typed, with the focus and the caret where they were.
    expect(await page.locator('#pyvet-page-frame').count()).toBe(0);
    const search = page.getByTestId('search');
    expect(await search.inputValue()).toBe('ana');
    expect(await search.evaluate((field: HTMLInputElement) => [document.activeElement === field, field.selectionStart])).toEqual([true, 1]);
  });
});
