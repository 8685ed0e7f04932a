import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { ProfileCorrection } from '../readers/corrections';
import type { ColorMode } from '../readers/github/color-mode';
import type { ProfileReading } from '../readers/profile-reading';

/**
 * The sidebar's UI (React and every panel) is a separate script,
 * entrypoints/sidebar-ui.ts. Content scripts stay small because they run on
 * every page of their site; they read the page, and only on a profile import
 * the UI themselves: not through the background, whose service worker is
 * usually stopped and would take longer to start than the UI to load. An
 * import from a content script runs in its isolated world, where the UI
 * leaves this object.
 */
const SIDEBAR_UI_GLOBAL = '__pyvetSidebarUi';

/** The UI script; the manifest makes it web-accessible (wxt.config.ts) so that content scripts can import it. */
export const SIDEBAR_UI_FILE = '/sidebar-ui.js';

export interface GitHubSidebarInput {
  login: string;
  displayNameOnPage: string | null;
  couldNotRead: string[];
  colorMode: ColorMode;
  profileReading: ProfileReading | null;
}

export interface MarketplaceSidebarInput {
  reading: ProfileReading;
  initialCorrection: ProfileCorrection;
  /** Where the profile's corrections are kept (its address without query or hash). */
  correctionKey: string;
}

/** A sidebar in the page; `remove` unmounts it. */
export interface ShownSidebar {
  remove(): void;
  readonly isConnected: boolean;
}

export interface SidebarUi {
  showGitHubSidebar(ctx: ContentScriptContext, input: GitHubSidebarInput): Promise<ShownSidebar>;
  showMarketplaceSidebar(ctx: ContentScriptContext, input: MarketplaceSidebarInput): Promise<ShownSidebar>;
}

/** In the UI script: offers the UI to the content scripts of this frame. */
export function provideSidebarUi(ui: SidebarUi): void {
  (globalThis as Record<string, unknown>)[SIDEBAR_UI_GLOBAL] = ui;
}

let loading: Promise<SidebarUi> | null = null;

/** In a content script: the sidebar UI, loaded on first use (once per frame). */
export function loadSidebarUi(): Promise<SidebarUi> {
  loading ??= (async () => {
    const present = () => (globalThis as Record<string, unknown>)[SIDEBAR_UI_GLOBAL] as SidebarUi | undefined;
    if (!present()) await import(/* @vite-ignore */ browser.runtime.getURL(SIDEBAR_UI_FILE));
    const ui = present();
    if (!ui) throw new Error('pyvet’s sidebar could not be loaded into this page');
    return ui;
  })();
  // A failed load (the extension was just updated, say) is tried again on the next visit.
  loading.catch(() => (loading = null));
  return loading;
}
