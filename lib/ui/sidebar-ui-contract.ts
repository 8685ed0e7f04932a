import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../messaging/send';
import type { ProfileCorrection } from '../readers/corrections';
import type { ColorMode } from '../readers/github/color-mode';
import type { ProfileReading } from '../readers/profile-reading';

/**
 * The sidebar's UI (React and every panel) is a separate script,
 * entrypoints/sidebar-ui.ts. Content scripts stay small because they run on
 * every page of their site; they read the page, and only on a profile ask
 * the background to inject the UI into their frame. Both share the content
 * scripts' isolated world, where the UI leaves this object.
 */
const SIDEBAR_UI_GLOBAL = '__pyvetSidebarUi';

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

/** In a content script: the sidebar UI, injected on first use (once per frame). */
export function loadSidebarUi(): Promise<SidebarUi> {
  loading ??= (async () => {
    const present = () => (globalThis as Record<string, unknown>)[SIDEBAR_UI_GLOBAL] as SidebarUi | undefined;
    if (!present()) await sendToBackground('load-sidebar-ui', {});
    const ui = present();
    if (!ui) throw new Error('pyvet’s sidebar could not be loaded into this page');
    return ui;
  })();
  // A failed load (the extension was just updated, say) is tried again on the next visit.
  loading.catch(() => (loading = null));
  return loading;
}
