import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidatesJson } from '../../lib/shortlists/export/shortlist-export';
import type { Candidate } from '../../lib/shortlists/records';
import { XSS_LOGIN } from '../support/github-fixture-routes';
import { XSS_PAYLOADS } from '../support/xss-payloads';
import { E2E_EXTENSION_DIR, extensionSession, openPopupFor, sidebar } from './extension-browser';

// Every text path pyvet renders — a GitHub page (name, bio), API fields (name, repo descriptions,
// URLs, event repo names), README headings, dependency names, a marketplace page (name, title) —
// an imported JSON file (every text field of a saved candidate) — carries the payloads of
// test/support/xss-payloads.ts. Each would set window.__pyvetXss if it
// ever became markup or a script URL.
const session = extensionSession({ extensionDir: E2E_EXTENSION_DIR });

/**
 * What the payloads would leave behind if any of them had worked, in the
 * sidebar's shadow root or in one of pyvet's own pages (its <main>; the page's
 * own script tags are in <head>). Links may go to GitHub, and from saved data
 * also to the marketplaces.
 */
async function traces(page: Page, where: 'sidebar' | 'page') {
  return page.evaluate((scope) => {
    const root = scope === 'sidebar' ? document.querySelector('pyvet-sidebar')?.shadowRoot : document.querySelector('main');
    const allowedLink = scope === 'sidebar' ? /^https:\/\/github\.com\// : /^https:\/\/(github\.com|www\.(upwork|freelancer|toptal|fiverr)\.com)\//;
    const links = [...(root?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href') ?? '');
    return {
      marker: (window as { __pyvetXss?: unknown }).__pyvetXss ?? null,
      // pyvet's own markup has no frames or scripts, no inline event handlers at all, and one image,
      // the avatar from GitHub's avatar host: anything else of the kind came from a payload.
      injected: [...(root?.querySelectorAll('*') ?? [])]
        .filter(
          (element) =>
            !(element.matches('img[data-testid="avatar"]') && element.getAttribute('src')?.startsWith('https://avatars.githubusercontent.com/')) &&
            (/^(script|img|iframe|object|embed|video|audio|math|marquee)$/i.test(element.tagName) ||
              [...element.attributes].some((attribute) => /^on|^autofocus$|^srcdoc$/i.test(attribute.name))),
        )
        .map((element) => element.outerHTML.slice(0, 120)),
      badLinks: links.filter((href) => !allowedLink.test(href)),
    };
  }, where);
}

describe(`${XSS_PAYLOADS.length} XSS payloads through every text path`, () => {
  it('stay text in the GitHub sidebar, its report and its verdict', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`https://github.com/${XSS_LOGIN}`);
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe(XSS_PAYLOADS[1]);
    await expect.poll(() => sidebar(page, 'verdict-summary').count(), { timeout: 15_000 }).toBe(1);
    // The hostile repository descriptions and README headings were read (the report shows the repositories).
    expect(await page.locator('pyvet-sidebar [data-testid="repo"]').count()).toBe(2);
    expect(await traces(page, 'sidebar')).toEqual({ marker: null, injected: [], badLinks: [] });
    expect(session.github.requestsTo('raw.githubusercontent.com').some((request) => request.endsWith('/README.md'))).toBe(true);
  });

  it('stay text in the marketplace sidebar and the linked analysis', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://www.upwork.com/freelancers/~01xss00000000000');
    await expect.poll(() => sidebar(page, 'marketplace-name').textContent(), { timeout: 15_000 }).toBe(XSS_PAYLOADS[0]);
    expect(await sidebar(page, 'fact-title').textContent()).toContain(XSS_PAYLOADS[4]);
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe(XSS_PAYLOADS[1]);
    expect(await traces(page, 'sidebar')).toEqual({ marker: null, injected: [], badLinks: [] });
  });

  it('stay text in the popup, with the candidate saved and its history shown', async () => {
    const profile = await session.browser.context.newPage();
    await profile.goto(`https://github.com/${XSS_LOGIN}`);
    await expect.poll(() => sidebar(profile, 'candidate-name').textContent(), { timeout: 15_000 }).toBe(XSS_PAYLOADS[1]);
    const popup = await openPopupFor(session.browser, `https://github.com/${XSS_LOGIN}`);
    const form = popup.getByTestId('save-candidate');
    await form.waitFor({ timeout: 15_000 });
    await form.getByLabel('Note').fill(XSS_PAYLOADS[0]!);
    await form.getByLabel('Tags, comma-separated').fill(XSS_PAYLOADS[2]!.replaceAll(',', ' '));
    await form.getByRole('button', { name: 'Save' }).click();
    await popup.getByTestId('save-history').click();
    await expect.poll(() => popup.getByTestId('save-history').textContent()).toContain(XSS_PAYLOADS[0]);
    expect(await popup.getByTestId('candidate-name').textContent()).toBe(XSS_PAYLOADS[1]);
    expect(await traces(popup, 'page')).toEqual({ marker: null, injected: [], badLinks: [] });
  });

  it('stay text on the shortlists page: an imported file, its preview, the table, details and a comparison', async () => {
    const NOW = Date.parse('2026-11-26T10:00:00Z');
    const hostile = (payload: string, index: number): Candidate => ({
      id: `xss-${index}`,
      githubLogin: index % 2 ? payload.slice(0, 100) : null,
      displayName: payload,
      // Not a marketplace or GitHub address: it must stay text, never become a link.
      profileUrls: [`javascript:window.__pyvetXss=${index}`, `https://github.com/${index}"><img src=x onerror=window.__pyvetXss=1>`],
      stage: 'technical-screen',
      note: payload,
      tags: [payload.slice(0, 50)],
      history: [{ at: NOW, stage: 'technical-screen', note: payload, scores: { [payload.slice(0, 100)]: 3 } }],
      scores: { [payload.slice(0, 100)]: 4 },
      assessment: {
        role: { id: 'template-backend', name: payload },
        mustHaves: [{ skill: 'FastAPI', status: 'evidenced' }],
        flags: ['no-tests'],
        summary: payload,
        at: NOW,
      },
      merged: [],
      createdAt: NOW,
      updatedAt: NOW + index,
    });
    const candidates = XSS_PAYLOADS.map(hostile);
    const file = join(tmpdir(), `pyvet-xss-${process.pid}.json`);
    writeFileSync(file, candidatesJson(candidates, [{ id: 's', name: XSS_PAYLOADS[0]!, candidateIds: candidates.map((c) => c.id), createdAt: NOW, updatedAt: NOW }], NOW));

    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 4000 });
    await page.goto(`chrome-extension://${session.browser.extensionId}/shortlists.html`);
    await page.getByTestId('import-file').setInputFiles(file);
    await expect.poll(() => page.getByTestId('import-preview').textContent()).toContain(`${XSS_PAYLOADS.length} new candidates`);
    expect(await traces(page, 'page')).toEqual({ marker: null, injected: [], badLinks: [] });
    await page.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
    await page.getByRole('button', { name: `${XSS_PAYLOADS[0]} (${XSS_PAYLOADS.length})` }).click();
    await expect.poll(() => page.getByTestId('candidate-row').count()).toBeGreaterThanOrEqual(XSS_PAYLOADS.length);
    await page.getByRole('button', { name: XSS_PAYLOADS[1], exact: true }).click();
    await page.getByTestId('candidate-details').waitFor();
    await page.getByRole('checkbox', { name: `Select ${XSS_PAYLOADS[2]}`, exact: true }).check();
    await page.getByRole('checkbox', { name: `Select ${XSS_PAYLOADS[3]}`, exact: true }).check();
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByTestId('compare').waitFor();
    expect(await page.getByTestId('candidate-details').textContent()).toContain(XSS_PAYLOADS[1]);
    expect(await traces(page, 'page')).toEqual({ marker: null, injected: [], badLinks: [] });
  });
});
