import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import sidebarCss from '@/assets/sidebar.css?inline';

/** A sidebar in the page, inside its own shadow root, so the page's CSS cannot reach it and ours cannot leak out. */
export interface MountedSidebar {
  /** Where the sidebar is drawn: first the frame the content script paints, then React over it. */
  readonly container: HTMLElement;
  /** Runs `cleanup` when the sidebar is removed (React unmounts there). */
  onRemove(cleanup: () => void): void;
  remove(): void;
  readonly isConnected: boolean;
}

/** Adds the sidebar's shadow root with pyvet's styles to the page, and has `draw` fill it at once. */
export async function mountSidebar(ctx: ContentScriptContext, draw: (container: HTMLElement) => void): Promise<MountedSidebar> {
  const cleanups: (() => void)[] = [];
  const ui = await createShadowRootUi(ctx, {
    name: 'pyvet-sidebar',
    css: sidebarCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: draw,
    onRemove() {
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  });
  ui.mount();
  return {
    container: ui.uiContainer,
    onRemove: (cleanup) => void cleanups.push(cleanup),
    remove: () => ui.remove(),
    get isConnected() {
      return ui.shadowHost.isConnected;
    },
  };
}
