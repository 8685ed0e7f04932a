import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

export type MountedSidebar = ShadowRootContentScriptUi<Root>;

/**
 * Puts a sidebar into the page inside its own shadow root, so the page's CSS
 * cannot reach it and ours cannot leak out; removing it unmounts React.
 */
export async function mountSidebar(ctx: ContentScriptContext, css: string, sidebar: ReactNode): Promise<MountedSidebar> {
  const ui = await createShadowRootUi(ctx, {
    name: 'pyvet-sidebar',
    css,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const root = createRoot(container);
      root.render(sidebar);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return ui;
}
