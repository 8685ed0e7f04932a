import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { extensionSession, screenshotForReadme, sidebar } from './extension-browser';

const session = extensionSession();

describe('stage kits', () => {
  it('a profile → prepare the technical screen → record "advance" → the shortlists page shows the outcome', async () => {
    const profile = await session.browser.context.newPage();
    await profile.setViewportSize({ width: 1280, height: 900 });
    await profile.goto('https://github.com/defunkt');
    const form = profile.locator('pyvet-sidebar [data-testid="save-candidate"]');
    await expect.poll(() => form.count(), { timeout: 15_000 }).toBe(1);
    await form.getByRole('button', { name: 'Save' }).click();

    const kit = profile.locator('pyvet-sidebar [data-testid="stage-kit"]');
    await kit.getByRole('button', { name: 'Prepare technical screen' }).click();
    const body = kit.getByTestId('kit-body');
    await expect.poll(() => body.getByRole('heading', { level: 4 }).textContent()).toMatch(/^Technical screen/);
    // Questions ordered by risk, each with what a strong answer holds.
    expect(await body.getByRole('listitem').count()).toBeGreaterThanOrEqual(5);
    await body.getByRole('group', { name: 'Checklist' }).getByRole('checkbox').first().check();
    await body.getByLabel('Note on this stage').fill('Clear on async; probe migrations next.');
    expect(await seriousViolations(profile, 'pyvet-sidebar')).toEqual([]);
    await body.getByRole('heading', { level: 4 }).scrollIntoViewIfNeeded();
    await screenshotForReadme(profile, 'sidebar-stage-kit');
    await body.getByRole('button', { name: 'Record outcome' }).click();
    await expect.poll(() => sidebar(profile, 'kit-status').textContent()).toBe('Recorded: Technical screen, advance.');
    await expect.poll(() => sidebar(profile, 'stage-outcomes').textContent()).toMatch(/^Technical screen: advance \(\d{4}-\d\d-\d\d\)$/);
    // The candidate moved on, and the next kit is offered.
    expect(await kit.getByRole('button', { name: 'Prepare practical task' }).count()).toBe(1);

    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/shortlists.html`);
    await expect.poll(() => page.getByTestId('candidate-row').textContent()).toContain('Practical task');
    await page.getByTestId('filter-outcome').selectOption({ label: 'Technical screen: advance' });
    await expect.poll(() => page.getByTestId('candidate-row').count()).toBe(1);
    await page.getByTestId('filter-outcome').selectOption({ label: 'No outcome yet' });
    await expect.poll(() => page.getByTestId('candidate-row').count()).toBe(0);
    await page.getByTestId('filter-outcome').selectOption({ label: 'Technical screen: advance' });
    await page.getByRole('button', { name: 'Chris Wanstrath' }).click();
    await expect.poll(() => page.getByTestId('candidate-details').getByTestId('stage-outcomes').textContent()).toMatch(
      /^Technical screen: advance \(\d{4}-\d\d-\d\d\) · 1 check ticked · “Clear on async; probe migrations next\.”$/,
    );
  });
});
