import { storage } from 'wxt/utils/storage';

// Apart from settings.ts, which content scripts do not load (it brings zod and the scorecards):
// they read this one to paint the sidebar's frame as the reviewer left it. settings.ts lists it for "Wipe everything".

/** Whether the reviewer hid the sidebar's body (the toggle, or the keyboard shortcut). */
export const sidebarCollapsed = storage.defineItem<boolean>('local:sidebarCollapsed', { fallback: false });

/** For sidebars: follow collapse changes made anywhere (the shortcut, another tab); returns an unsubscribe. */
export const watchSidebarCollapsed = (onChange: (collapsed: boolean) => void) =>
  sidebarCollapsed.watch((collapsed) => onChange(Boolean(collapsed)));

/**
 * For content scripts: the setting, read at once and kept up to date while the
 * script lives, so that painting the sidebar never waits on storage (a read
 * takes tens of ms while the page loads). Undefined until the first read answers.
 */
export function followSidebarCollapsed(ctx: { onInvalidated(cleanup: () => void): unknown }): () => boolean | undefined {
  let known: boolean | undefined;
  void sidebarCollapsed.getValue().then((collapsed) => (known ??= collapsed));
  ctx.onInvalidated(watchSidebarCollapsed((collapsed) => (known = collapsed)));
  return () => known;
}
