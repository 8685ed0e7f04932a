import { browser } from 'wxt/browser';
import type { ProfileCorrection } from '../readers/corrections';
import type { ColorMode } from '../readers/github/color-mode';
import type { ProfileReading } from '../readers/profile-reading';
import { wakeBackground } from '../messaging/wake';
import { afterNextPaint } from './after-next-paint';
import type { MountedSidebar } from './sidebar-mount';

/**
 * The sidebar's UI (React and every panel) is a separate script,
 * entrypoints/sidebar-ui.ts. Content scripts stay small because they run on
 * every page of their site; they read the page, and only on a profile import
 * the UI themselves: not through the background, whose service worker is
 * usually stopped and would take longer to start than the UI to load. An
 * import from a content script runs in its isolated world, where the UI
 * leaves this object.
 *
 * Loading and compiling the UI takes a few hundred ms on a slow machine, so the
 * content script first paints the sidebar's frame with what it read
 * (components/sidebar/sidebar-shell.ts), and the UI renders over that frame.
 */
const SIDEBAR_UI_GLOBAL = '__pyvetSidebarUi';

/** The UI script; the manifest makes it web-accessible (wxt.config.ts) so that content scripts can import it. */
export const SIDEBAR_UI_FILE = '/sidebar-ui.js';

/** The frame a content script painted, which the UI takes over. */
export interface SidebarShell {
  readonly sidebar: MountedSidebar;
  /** Collapsed or not as the reviewer left it: the frame's toggle works before the UI arrives. */
  readonly collapsed: boolean;
  /** The UI is about to render over the frame: the frame stops following the collapse setting. */
  handOver(): void;
  /** The UI could not be loaded: the frame says so, and what to do. */
  showLoadFailure(): void;
}

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

export interface SidebarUi {
  showGitHubSidebar(shell: SidebarShell, input: GitHubSidebarInput): void;
  showMarketplaceSidebar(shell: SidebarShell, input: MarketplaceSidebarInput): void;
}

/** In the UI script: offers the UI to the content scripts of this frame. */
export function provideSidebarUi(ui: SidebarUi): void {
  (globalThis as Record<string, unknown>)[SIDEBAR_UI_GLOBAL] = ui;
}

let loading: Promise<SidebarUi> | null = null;

/** The sidebar UI, loaded on first use (once per frame). */
function loadSidebarUi(): Promise<SidebarUi> {
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

/**
 * In a content script, once the frame is painted: the UI takes it over when it
 * has loaded, unless the visit ended meanwhile; a UI that cannot be loaded is
 * said in the frame rather than left spinning.
 */
export async function handShellToUi(shell: SidebarShell, signal: AbortSignal, show: (ui: SidebarUi) => void): Promise<void> {
  // Loading the UI's script and starting a stopped service worker each hold the CPU for a while:
  // let the frame paint first.
  await afterNextPaint();
  // The UI asks for the analysis as soon as it renders: have the service worker start meanwhile.
  wakeBackground();
  let ui: SidebarUi;
  try {
    ui = await loadSidebarUi();
  } catch {
    if (!signal.aborted && shell.sidebar.isConnected) shell.showLoadFailure();
    return;
  }
  if (!signal.aborted && shell.sidebar.isConnected) show(ui);
}
