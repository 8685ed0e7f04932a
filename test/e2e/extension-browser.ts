import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium, installHint } from './browser-paths.mjs';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { FixturePages } from '../support/github-fixture-routes';
import type { BrowserSession, BrowserTab } from './browser-session';
import { FAKE_HOSTS, startFakeGitHub, type FakeGitHub } from './fake-github';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXTENSION_DIR = resolve(PROJECT_ROOT, '.output/chrome-mv3');
/** The e2e build (npm run build:e2e): the same extension with the marketplace hosts already granted. */
export const E2E_EXTENSION_DIR = resolve(PROJECT_ROOT, '.output/e2e-chrome-mv3');
const SCREENSHOT_DIR = resolve(PROJECT_ROOT, 'assets/screenshots');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Real Chromium with the built extension loaded, its GitHub traffic sent to the fake. */
export async function launchWithExtension(
  github: FakeGitHub,
  extensionDir = EXTENSION_DIR,
  options: { headless?: boolean } = {},
): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint(['chromium']));
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build && npm run build:e2e\` first.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${FAKE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${github.port}`).join(',')},MAP * ~NOTFOUND,EXCLUDE localhost`,
      '--ignore-certificate-errors',
      '--disable-gpu',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  // A locator call that waits longer than this fails with a clear error instead of hanging the test.
  context.setDefaultTimeout(10_000);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    close: () => context.close(),
  };
}

/**
 * The toolbar popup, opened as a page: a test cannot click the toolbar
 * button, so the popup's "active tab" is pointed at the tab showing `tabUrl`.
 */
export async function openPopupFor(browser: ExtensionBrowser, tabUrl: string): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 1100 });
  await popup.addInitScript((url) => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query: (info: object) => Promise<unknown> } } }).chrome.tabs;
    const query = tabs.query.bind(tabs);
    tabs.query = () => query({ url });
  }, tabUrl);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return popup;
}

/** The sidebar's parts; CSS locators pierce its open shadow root. */
export const sidebar = (page: Page, testId: string) => page.locator(`pyvet-sidebar [data-testid="${testId}"]`);

/**
 * Screenshots for the README, written only when UPDATE_SCREENSHOTS=1
 * (`npm run screenshots`) so a normal test run leaves the tree untouched.
 */
export async function screenshotForReadme(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
}

/** The fake GitHub and the browser of one test file (or of each test, for full isolation). */
export interface ExtensionSession {
  readonly github: FakeGitHub;
  readonly browser: ExtensionBrowser;
}

/**
 * Starts the fake GitHub and a browser with the extension before the file's
 * tests ('file') or before each test ('test'), and closes both after.
 */
export function extensionSession(
  options: { extensionDir?: string; per?: 'file' | 'test'; pages?: FixturePages } = {},
): ExtensionSession {
  let github: FakeGitHub | undefined;
  let browser: ExtensionBrowser | undefined;
  const [before, after] = options.per === 'test' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    github = await startFakeGitHub(options.pages);
    browser = await launchWithExtension(github, options.extensionDir);
  });
  after(async () => {
    await browser?.close();
    await github?.close();
  });
  return {
    get github() {
      if (!github) throw new Error('the fake GitHub is not started yet');
      return github;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched yet');
      return browser;
    },
  };
}

/** A Playwright page as the cases shared with Firefox see it (browser-session.ts). */
function chromiumTab(page: Page): BrowserTab {
  return {
    text: async (selector) => (await page.locator(selector).allTextContents())[0] ?? null,
    texts: (selector) => page.locator(selector).allTextContents(),
    click: (selector) => page.locator(selector).first().click(),
    press: (name, within = 'html') => page.locator(within).getByRole('button', { name, exact: true }).first().click(),
    fill: (selector, value) => page.locator(selector).first().fill(value),
    select: async (selector, label) => {
      await page.locator(selector).first().selectOption({ label });
    },
    screenshotForReadme: (name) => screenshotForReadme(page, name),
  };
}

/** The session as the cases shared with Firefox see it; its pages open at 1280 × 900. */
export function chromiumSession(session: ExtensionSession): BrowserSession {
  const open = async (url: string) => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    return chromiumTab(page);
  };
  return {
    browserName: 'chromium',
    get github() {
      return session.github;
    },
    open,
    openExtensionPage: (path) => open(`chrome-extension://${session.browser.extensionId}/${path}`),
  };
}
