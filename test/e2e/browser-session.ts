import type { FakeGitHub } from './fake-github';

/**
 * What the cases shared by both browsers do with a tab: the few things a
 * reviewer does, in words Playwright (Chromium) and Marionette (Firefox) both
 * carry out. Selectors are CSS and find elements inside open shadow roots
 * too, as Playwright's do: `pyvet-sidebar [data-testid="candidate-name"]`.
 * Reads answer at once (null or [] when nothing matches), so tests wait with
 * expect.poll; actions wait for their element.
 */
export interface BrowserTab {
  /** The text of the first element matching, or null. */
  text(selector: string): Promise<string | null>;
  /** The texts of every element matching. */
  texts(selector: string): Promise<string[]>;
  /** A user's click on the first element matching. */
  click(selector: string): Promise<void>;
  /** A user's click on the first visible button named so (its aria-label or text) inside `within`. */
  press(buttonName: string, within?: string): Promise<void>;
  /** Types `value` into the field, replacing what it held. */
  fill(selector: string, value: string): Promise<void>;
  /** Picks the option labelled `label` in the select. */
  select(selector: string, label: string): Promise<void>;
  /** Writes a README picture when UPDATE_SCREENSHOTS=1; the pictures come from Chromium only. */
  screenshotForReadme(name: string): Promise<void>;
}

/** A browser with pyvet loaded, its traffic sent to the fake sites. */
export interface BrowserSession {
  readonly browserName: 'chromium' | 'firefox';
  readonly github: FakeGitHub;
  /** A web page in a new tab. */
  open(url: string): Promise<BrowserTab>;
  /** One of pyvet's own pages (`shortlists.html`, `options.html`) in a new tab. */
  openExtensionPage(path: string): Promise<BrowserTab>;
}

/** A part of the sidebar, by its test id. */
export const sidebarPart = (testId: string) => `pyvet-sidebar [data-testid="${testId}"]`;
