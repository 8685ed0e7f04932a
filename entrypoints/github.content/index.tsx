import { createRoot, type Root } from 'react-dom/client';
import { Sidebar, type AnalyzeAccount } from '@/components/Sidebar';
import '@/components/Sidebar.css';
import { ANALYSIS_PORT_NAME, requestAnalysis } from '@/lib/messaging/analysis-port';
import { readColorMode } from '@/lib/readers/github/color-mode';
import { whenPageRendered } from '@/lib/readers/github/page-rendered';
import { readGitHubPage } from '@/lib/readers/github/profile-page';
import { sidebarCollapsed } from '@/lib/settings';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

const analyzeAccount: AnalyzeAccount = (request, onProgress) =>
  requestAnalysis(() => browser.runtime.connect({ name: ANALYSIS_PORT_NAME }), request, onProgress);

/** Profile tabs (?tab=repositories) and hashes are the same visit as the profile itself. */
const visitKey = (url: URL) => url.pathname.replace(/\/+$/, '').toLowerCase();

export default defineContentScript({
  matches: ['https://github.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    let shown: { key: string; ui: ShadowRootContentScriptUi<Root> } | null = null;
    let currentVisit: AbortController | null = null;

    // One visit per page: everything it starts stops when the next navigation begins.
    async function onVisit(url: URL) {
      if (shown?.key === visitKey(url) && shown.ui.shadowHost.isConnected) return;
      currentVisit?.abort();
      const visit = new AbortController();
      currentVisit = visit;
      const signal = AbortSignal.any([ctx.signal, visit.signal]);
      shown?.ui.remove();
      shown = null;

      await whenPageRendered(document, url, signal);
      if (signal.aborted) return;
      const reading = readGitHubPage(document, url);
      if (reading.kind !== 'user-profile') return;

      const initiallyCollapsed = await sidebarCollapsed.getValue();
      const ui = await createShadowRootUi(ctx, {
        name: 'pyvet-sidebar',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        onMount(container) {
          const root = createRoot(container);
          root.render(
            <Sidebar
              login={reading.login}
              displayNameOnPage={reading.displayName}
              couldNotRead={reading.couldNotRead}
              colorMode={readColorMode(document)}
              initiallyCollapsed={initiallyCollapsed}
              onCollapsedChange={(collapsed) => void sidebarCollapsed.setValue(collapsed)}
              analyze={analyzeAccount}
            />,
          );
          return root;
        },
        onRemove(root) {
          root?.unmount();
        },
      });
      if (signal.aborted) return;
      ui.mount();
      shown = { key: visitKey(url), ui };
    }

    const visitCurrentPage = () => void onVisit(new URL(location.href));
    // WXT reports URL changes (Navigation API, or polling where it is missing);
    // GitHub fires turbo:load once a client-side navigation has rendered.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void onVisit(newUrl));
    ctx.addEventListener(document, 'turbo:load', visitCurrentPage);
    visitCurrentPage();
  },
});
