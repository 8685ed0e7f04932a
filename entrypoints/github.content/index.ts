import { answerPageCandidate, githubCandidate, type PageCandidate } from '@/lib/messaging/page-reading';
import { onPageVisits } from '@/lib/ui/page-visits';
import { readColorMode } from '@/lib/readers/github/color-mode';
import { whenPageRendered } from '@/lib/readers/github/page-rendered';
import { readGitHubPage } from '@/lib/readers/github/profile-page';
import { readGitHubProfile } from '@/lib/readers/github/profile-reading';
import { GITHUB } from '@/lib/sites/sites';
import { loadSidebarUi, type ShownSidebar } from '@/lib/ui/sidebar-ui-contract';

/** Profile tabs (?tab=repositories) and hashes are the same visit as the profile itself. */
const visitKey = (url: URL) => url.pathname.replace(/\/+$/, '').toLowerCase();

// Runs on every GitHub page, so it only reads: the sidebar's UI is loaded on profiles alone
// (see lib/ui/sidebar-ui-contract.ts).
export default defineContentScript({
  matches: ['https://github.com/*'],
  // From the start of the page load, so a profile's UI loads while GitHub's HTML is still parsing.
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  async main(ctx) {
    let shown: { key: string; ui: ShownSidebar; candidate: PageCandidate } | null = null;
    ctx.onInvalidated(answerPageCandidate(() => shown?.candidate ?? null));
    if (GITHUB.profileHandle(new URL(location.href))) loadSidebarUi().catch(() => undefined);
    if (document.readyState === 'loading') await new Promise((ready) => document.addEventListener('DOMContentLoaded', ready, { once: true }));

    onPageVisits(
      ctx,
      async (url, signal) => {
        shown?.ui.remove();
        shown = null;
        // A profile address: fetch the UI while GitHub finishes rendering (it is kept for later visits).
        const uiLoading = GITHUB.profileHandle(url) ? loadSidebarUi() : null;
        uiLoading?.catch(() => undefined);
        await whenPageRendered(document, url, signal);
        if (signal.aborted) return;
        const reading = readGitHubPage(document, url);
        if (reading.kind !== 'user-profile') return;

        const profileReading = readGitHubProfile(document, url);
        // Shows in DevTools' performance panel; bench/sidebar-first-paint.ts measures from it.
        performance.mark('pyvet:page-read');
        const sidebarUi = await (uiLoading ?? loadSidebarUi());
        if (signal.aborted) return;
        const ui = await sidebarUi.showGitHubSidebar(ctx, {
          login: reading.login,
          displayNameOnPage: reading.displayName,
          couldNotRead: reading.couldNotRead,
          colorMode: readColorMode(document),
          profileReading,
        });
        // The visit may have ended while the shadow root was being made.
        if (signal.aborted) {
          ui.remove();
          return;
        }
        shown = { key: visitKey(url), ui, candidate: githubCandidate(reading.login, profileReading) };
      },
      (url) => shown?.key === visitKey(url) && shown.ui.isConnected,
    );
  },
});
