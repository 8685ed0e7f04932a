import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { findFirefox, installHint } from './browser-paths.mjs';
import type { BrowserSession, BrowserTab } from './browser-session';
import { startConnectProxy } from './connect-proxy';
import { FAKE_HOSTS, startFakeGitHub, type FakeGitHub } from './fake-github';
import { ELEMENT_KEY, Marionette, type ElementReference } from './marionette';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The Firefox build as shipped (npm run build): its marketplace hosts are granted in the test, as a user would. */
export const FIREFOX_EXTENSION_DIR = resolve(PROJECT_ROOT, '.output/firefox-mv3');
const GECKO_ID = 'pyvet@pyvet.dev';

/** How long an action waits for its element, and a launch for Firefox. */
const ACTION_TIMEOUT_MS = 10_000;
const LAUNCH_TIMEOUT_MS = 60_000;

/**
 * In-page helpers of the scripts below: CSS selectors that also find elements
 * inside open shadow roots, where a descendant combinator crosses a shadow
 * boundary (as Playwright's CSS does), so both browsers run the same cases.
 */
const DEEP_QUERY = String.raw`
  const tokens = (selector) => {
    const found = [];
    let current = '', depth = 0, quote = '';
    for (const char of selector.trim()) {
      if (quote) { if (char === quote) quote = ''; }
      else if (char === '"' || char === "'") quote = char;
      else if (char === '[' || char === '(') depth++;
      else if (char === ']' || char === ')') depth--;
      else if (/\s/.test(char) && depth === 0) { if (current) found.push(current); current = ''; continue; }
      current += char;
    }
    if (current) found.push(current);
    return found;
  };
  const isCombinator = (token) => token === '>' || token === '+' || token === '~';
  const within = (root, parts) => {
    const found = [...root.querySelectorAll(parts.join(' '))];
    for (let cut = 1; cut < parts.length; cut++) {
      if (isCombinator(parts[cut - 1]) || isCombinator(parts[cut])) continue;
      for (const host of root.querySelectorAll(parts.slice(0, cut).join(' '))) {
        if (host.shadowRoot) found.push(...within(host.shadowRoot, parts.slice(cut)));
      }
    }
    return found;
  };
  const scopes = (root) => [root, ...[...root.querySelectorAll('*')].flatMap((element) => element.shadowRoot ? scopes(element.shadowRoot) : [])];
  const deepQueryAll = (selector) => [...new Set(scopes(document).flatMap((scope) => within(scope, tokens(selector))))];
`;

const SCRIPTS = {
  text: `${DEEP_QUERY} const [element] = deepQueryAll(arguments[0]); return element ? element.textContent : null;`,
  texts: `${DEEP_QUERY} return deepQueryAll(arguments[0]).map((element) => element.textContent);`,
  element: `${DEEP_QUERY} return deepQueryAll(arguments[0])[0] ?? null;`,
  button: `${DEEP_QUERY} return deepQueryAll(arguments[1] + ' button').find((button) =>
    (button.getAttribute('aria-label') ?? button.textContent).trim() === arguments[0] && button.getClientRects().length > 0) ?? null;`,
  option: `${DEEP_QUERY} const [select] = deepQueryAll(arguments[0]);
    return select ? [...select.options].find((option) => option.label === arguments[1]) ?? null : null;`,
};

/**
 * What a click on pyvet's toolbar button does, by Firefox's own code for it
 * (run in the browser window, with Marionette's chrome context): pyvet gets
 * activeTab on the tab in front, and its popup opens.
 */
const CLICK_TOOLBAR_BUTTON = `
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const extension = WebExtensionPolicy.getByID(arguments[0]).extension;
  ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
`;

/** What about:debugging's "Terminate background script" does: the event page goes to sleep, as when idle. */
const PUT_BACKGROUND_TO_SLEEP = `
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  return ExtensionParent.DebugUtils.terminateBackgroundScript(arguments[0]);
`;

/**
 * The profile's preferences. Marionette picks a free port and writes it to the
 * profile; every request goes through the CONNECT proxy to the fake sites;
 * pyvet gets a known moz-extension:// address; and an optional permission
 * asked with a user's click (permissions.request) is granted without the
 * prompt a test cannot answer, as the user's "Allow" would.
 */
function profilePreferences(proxyPort: number, extensionUuid: string): Record<string, string | number | boolean> {
  return {
    'marionette.port': 0,
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.trr.mode': 5,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: extensionUuid }),
    'extensions.webextOptionalPermissionPrompts': false,
  };
}

export interface FirefoxWithExtension extends Omit<BrowserSession, 'github'> {
  /**
   * The toolbar popup as the user opens it on the tab `shown`: the click on
   * pyvet's button is Firefox's own code for it, and the popup's page opens
   * in a tab behind `shown`, where the test can reach it (a popup panel it
   * cannot) while `shown` stays the active tab the popup asks about.
   */
  openPopupFor(shown: BrowserTab): Promise<BrowserTab>;
  /** Puts pyvet's event page to sleep now, as Firefox does after 30 s idle; any event wakes it. */
  suspendBackground(): Promise<void>;
  close(): Promise<void>;
}

/** Real Firefox with the built extension installed as a temporary add-on, its traffic sent to the fake. */
export async function launchFirefoxWithExtension(
  github: FakeGitHub,
  extensionDir = FIREFOX_EXTENSION_DIR,
): Promise<FirefoxWithExtension> {
  const executable = findFirefox();
  if (!executable) throw new Error(installHint(['firefox']));
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const proxy = await startConnectProxy(github.port, FAKE_HOSTS);
  const profile = mkdtempSync(join(tmpdir(), 'pyvet-firefox-'));
  const extensionUuid = randomUUID();
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(profilePreferences(proxy.port, extensionUuid))
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
      .join(''),
  );
  // --remote-allow-system-access lets Marionette open moz-extension:// pages (the popup, the shortlists).
  const firefox = spawn(executable, ['--marionette', '--remote-allow-system-access', '--headless', '--no-remote', '--profile', profile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  firefox.stdout?.on('data', keep);
  firefox.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => firefox.once('exit', () => done()));

  const cleanUp = async (graceMs: number) => {
    await stopFirefox(firefox, exited, graceMs);
    rmSync(profile, { recursive: true, force: true });
    await proxy.close();
  };
  let marionette: Marionette;
  try {
    marionette = await Marionette.connect(await marionettePort(profile, firefox));
    await marionette.command('WebDriver:NewSession', {
      acceptInsecureCerts: true,
      timeouts: { implicit: 0, pageLoad: 30_000, script: 30_000 },
    });
    await marionette.command('Addon:Install', { path: resolve(extensionDir), temporary: true });
  } catch (error) {
    await cleanUp(0);
    throw new Error(`Firefox did not start with the extension: ${String(error)}\n${output.slice(-3000)}`, { cause: error });
  }
  return firefoxSession(marionette, extensionUuid, async () => {
    await marionette.command('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
    marionette.close();
    await cleanUp(10_000);
  });
}

/** Waits for Marionette to write its port into the profile; fails at once if Firefox exits first. */
async function marionettePort(profile: string, firefox: ChildProcess): Promise<number> {
  const portFile = join(profile, 'MarionetteActivePort');
  const deadline = Date.now() + LAUNCH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (firefox.exitCode !== null) throw new Error(`Firefox exited with code ${firefox.exitCode}`);
    const port = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : 0;
    if (port > 0) return port;
    await new Promise((again) => setTimeout(again, 50));
  }
  throw new Error(`Marionette did not start within ${LAUNCH_TIMEOUT_MS / 1000} s`);
}

/** Waits `graceMs` for Firefox to quit (after Marionette:Quit), then kills the process this launch started. */
async function stopFirefox(firefox: ChildProcess, exited: Promise<void>, graceMs: number): Promise<void> {
  if (firefox.exitCode !== null || firefox.signalCode !== null) return;
  const timer = setTimeout(() => firefox.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

function firefoxSession(marionette: Marionette, extensionUuid: string, close: () => Promise<void>): FirefoxWithExtension {
  // Marionette works on one tab at a time: switch only when another is wanted.
  let current = { handle: '', foreground: false };
  const switchTo = async (handle: string, foreground: boolean) => {
    if (current.handle === handle && current.foreground === foreground) return;
    await marionette.command('WebDriver:SwitchToWindow', { handle, focus: foreground });
    current = { handle, foreground };
  };

  const run = async <T>(handle: string, foreground: boolean, script: string, ...args: unknown[]): Promise<T> => {
    await switchTo(handle, foreground);
    return (await marionette.command<{ value: T }>('WebDriver:ExecuteScript', { script, args })).value;
  };

  function tab(handle: string, foreground: boolean): BrowserTab {
    const waitFor = async (description: string, script: string, ...args: unknown[]): Promise<string> => {
      const deadline = Date.now() + ACTION_TIMEOUT_MS;
      for (;;) {
        const found = await run<ElementReference | null>(handle, foreground, script, ...args);
        if (found) return found[ELEMENT_KEY];
        if (Date.now() > deadline) throw new Error(`No ${description} within ${ACTION_TIMEOUT_MS / 1000} s`);
        await new Promise((again) => setTimeout(again, 100));
      }
    };
    const click = async (id: string) => {
      await marionette.command('WebDriver:ElementClick', { id });
    };
    return {
      text: (selector) => run(handle, foreground, SCRIPTS.text, selector),
      texts: (selector) => run(handle, foreground, SCRIPTS.texts, selector),
      click: async (selector) => click(await waitFor(`element ${selector}`, SCRIPTS.element, selector)),
      press: async (name, within = 'html') => click(await waitFor(`button “${name}” in ${within}`, SCRIPTS.button, name, within)),
      fill: async (selector, value) => {
        const id = await waitFor(`field ${selector}`, SCRIPTS.element, selector);
        await marionette.command('WebDriver:ElementClear', { id });
        await marionette.command('WebDriver:ElementSendKeys', { id, text: value });
      },
      select: async (selector, label) => click(await waitFor(`option “${label}” in ${selector}`, SCRIPTS.option, selector, label)),
      screenshotForReadme: async () => undefined,
    };
  }

  const openTab = async (url: string, foreground: boolean): Promise<BrowserTab> => {
    const { handle } = await marionette.command<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: foreground });
    await switchTo(handle, foreground);
    await marionette.command('WebDriver:Navigate', { url });
    return tab(handle, foreground);
  };
  const extensionPage = (path: string) => `moz-extension://${extensionUuid}/${path}`;
  /** Runs a script with the browser's privileges, in its window (Marionette's chrome context). */
  const inBrowserWindow = async (script: string) => {
    await marionette.command('Marionette:SetContext', { value: 'chrome' });
    try {
      await marionette.command('WebDriver:ExecuteScript', { script, args: [GECKO_ID] });
    } finally {
      await marionette.command('Marionette:SetContext', { value: 'content' });
    }
  };

  return {
    browserName: 'firefox',
    open: (url) => openTab(url, true),
    openExtensionPage: (path) => openTab(extensionPage(path), true),
    openPopupFor: async (shown) => {
      // The shown tab comes to the front (any read does), the user clicks pyvet's button there,
      // and the popup's page opens in a tab behind it, where the test can reach it.
      await shown.texts('html');
      await inBrowserWindow(CLICK_TOOLBAR_BUTTON);
      return openTab(extensionPage('popup.html'), false);
    },
    suspendBackground: () => inBrowserWindow(PUT_BACKGROUND_TO_SLEEP),
    close,
  };
}

/** The fake GitHub and a Firefox with the extension, from the file's first test to its last. */
export function firefoxExtensionSession(): BrowserSession & { readonly firefox: FirefoxWithExtension } {
  let github: FakeGitHub | undefined;
  let firefox: FirefoxWithExtension | undefined;
  beforeAll(async () => {
    github = await startFakeGitHub();
    firefox = await launchFirefoxWithExtension(github);
  });
  afterAll(async () => {
    await firefox?.close();
    await github?.close();
  });
  const launched = () => {
    if (!firefox) throw new Error('Firefox is not launched yet');
    return firefox;
  };
  return {
    browserName: 'firefox',
    get github() {
      if (!github) throw new Error('the fake GitHub is not started yet');
      return github;
    },
    get firefox() {
      return launched();
    },
    open: (url) => launched().open(url),
    openExtensionPage: (path) => launched().openExtensionPage(path),
  };
}
