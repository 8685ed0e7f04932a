import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { XSS_LOGIN } from '../support/github-fixture-routes';
import { XSS_PAYLOADS } from '../support/xss-payloads';
import { E2E_EXTENSION_DIR, extensionSession, sidebar } from './extension-browser';

// Every text path pyvet renders — a GitHub page (name, bio), API fields (name, repo descriptions,
// URLs, event repo names), README headings, dependency names, a marketplace page (name, title) —
// carries the payloads of test/support/xss-payloads.ts. Each would set window.__pyvetXss if it
// ever became markup or a script URL.
const session = extensionSession({ extensionDir: E2E_EXTENSION_DIR });

/** What the payloads would leave behind if any of them had worked. */
async function traces(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('pyvet-sidebar')?.shadowRoot;
    const links = [...(root?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href') ?? '');
    return {
      marker: (window as { __pyvetXss?: unknown }).__pyvetXss ?? null,
      // pyvet's own markup (inside WXT's html/body container) has no images, frames or scripts and
      // no inline event handlers at all: anything of the kind came from a payload.
      injected: [...(root?.querySelectorAll('*') ?? [])]
        .filter(
          (element) =>
            /^(script|img|iframe|object|embed|video|audio|math|marquee)$/i.test(element.tagName) ||
            [...element.attributes].some((attribute) => /^on|^autofocus$|^srcdoc$/i.test(attribute.name)),
        )
        .map((element) => element.outerHTML.slice(0, 120)),
      badLinks: links.filter((href) => !href.startsWith('https://github.com/')),
    };
  });
}

describe(`${XSS_PAYLOADS.length} XSS payloads through every text path`, () => {
  it('stay text in the GitHub sidebar, its report and its verdict', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`https://github.com/${XSS_LOGIN}`);
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe(XSS_PAYLOADS[1]);
    await expect.poll(() => sidebar(page, 'verdict-summary').count(), { timeout: 15_000 }).toBe(1);
    // The hostile repository descriptions and README headings were read (the report shows the repositories).
    expect(await page.locator('pyvet-sidebar [data-testid="repo"]').count()).toBe(2);
    expect(await traces(page)).toEqual({ marker: null, injected: [], badLinks: [] });
    expect(session.github.requestsTo('raw.githubusercontent.com').some((request) => request.endsWith('/README.md'))).toBe(true);
  });

  it('stay text in the marketplace sidebar and the linked analysis', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://www.upwork.com/freelancers/~01xss00000000000');
    await expect.poll(() => sidebar(page, 'marketplace-name').textContent(), { timeout: 15_000 }).toBe(XSS_PAYLOADS[0]);
    expect(await sidebar(page, 'fact-title').textContent()).toContain(XSS_PAYLOADS[4]);
    await expect.poll(() => sidebar(page, 'candidate-name').textContent(), { timeout: 15_000 }).toBe(XSS_PAYLOADS[1]);
    expect(await traces(page)).toEqual({ marker: null, injected: [], badLinks: [] });
  });
});
