import { marketplaceShellBody, paintSidebarShell } from '@/components/sidebar/sidebar-shell';
import { MARKETPLACE_ORIGINS } from '@/lib/sites/sites';
import { answerPageCandidate, type PageCandidate } from '@/lib/messaging/page-reading';
import { onPageVisits } from '@/lib/ui/page-visits';
import { applyCorrection, correctionKey } from '@/lib/readers/corrections';
import { readMarketplaceProfile } from '@/lib/readers/marketplace/read-profile';
import { mergeUpworkPageState, readUpworkPageStateFromScript, requestUpworkPageState } from '@/lib/readers/upwork/merge-page-state';
import { whenReadable } from '@/lib/readers/when-readable';
import { loadProfileCorrections } from '@/lib/settings/settings';
import { followSidebarCollapsed } from '@/lib/settings/sidebar-collapsed';
import type { MountedSidebar } from '@/lib/ui/sidebar-mount';
import { handShellToUi } from '@/lib/ui/sidebar-ui-contract';

/** Marketplaces render profiles client-side; after this long, read whatever is there. */
const MARKETPLACE_RENDER_WAIT_MS = 5_000;
/** The main-world script answers at once when it is there; this only bounds the wait when it is not. */
const PAGE_STATE_WAIT_MS = 1_000;

// Registered at runtime by the background, only on the marketplaces the user enabled
// (optional host permissions); see lib/background/marketplace-registration.ts. It reads the page;
// the sidebar's UI is loaded only when a profile was found.
export default defineContentScript({
  matches: MARKETPLACE_ORIGINS,
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    let shown: { href: string; ui: MountedSidebar; candidate: PageCandidate } | null = null;
    ctx.onInvalidated(answerPageCandidate(() => shown?.candidate ?? null));
    const collapsed = followSidebarCollapsed(ctx);

    onPageVisits(
      ctx,
      async (url, signal) => {
        shown?.ui.remove();
        shown = null;
        // Marketplaces render client-side: wait until the profile has a name, or give up and read what is there.
        await whenReadable(document, () => readMarketplaceProfile(document, url)?.name != null, signal, MARKETPLACE_RENDER_WAIT_MS);
        if (signal.aborted) return;
        const markupReading = readMarketplaceProfile(document, url);
        if (!markupReading) return;
        // Upwork keeps overview and skills in its page state: the main-world script hands them over,
        // else they are read from the state's script text.
        const pageState =
          markupReading.site === 'upwork'
            ? ((await requestUpworkPageState(window, PAGE_STATE_WAIT_MS, signal)) ?? readUpworkPageStateFromScript(document))
            : null;
        if (signal.aborted) return;
        const reading = pageState ? mergeUpworkPageState(markupReading, pageState) : markupReading;

        const key = correctionKey(reading);
        const initialCorrection = (await loadProfileCorrections())[key] ?? {};
        const corrected = applyCorrection(reading, initialCorrection);
        // Shows in DevTools' performance panel, as on GitHub.
        performance.mark('pyvet:page-read');
        const shell = await paintSidebarShell(ctx, {
          placement: 'marketplace',
          colorMode: 'auto',
          collapsed: collapsed(),
          body: marketplaceShellBody(corrected.name),
        });
        // The visit may have ended while the shadow root was being made.
        if (signal.aborted) {
          shell.sidebar.remove();
          return;
        }
        shown = {
          href: url.origin + url.pathname,
          ui: shell.sidebar,
          candidate: { reading: corrected, githubLogin: corrected.githubLogins[0] ?? null, profileUrl: key },
        };
        await handShellToUi(shell, signal, (ui) => ui.showMarketplaceSidebar(shell, { reading, initialCorrection, correctionKey: key }));
      },
      (url) => shown?.href === url.origin + url.pathname && shown.ui.isConnected,
    );
  },
});
