import { githubShellBody, paintSidebarShell } from '@/components/sidebar/sidebar-shell';
import { answerPageCandidate, githubCandidate, type PageCandidate } from '@/lib/messaging/page-reading';
import { onPageVisits } from '@/lib/ui/page-visits';
import { readColorMode } from '@/lib/readers/github/color-mode';
import { whenPageRendered } from '@/lib/readers/github/page-rendered';
import { readGitHubPage } from '@/lib/readers/github/profile-page';
import { readGitHubProfile } from '@/lib/readers/github/profile-reading';
import { followSidebarCollapsed } from '@/lib/settings/sidebar-collapsed';
import type { MountedSidebar } from '@/lib/ui/sidebar-mount';
import { handShellToUi } from '@/lib/ui/sidebar-ui-contract';

/** Profile tabs (?tab=repositories) and hashes are the same visit as the profile itself. */
const visitKey = (url: URL) => url.pathname.replace(/\/+$/, '').toLowerCase();

// Runs on every GitHub page, so it only reads: the sidebar's UI is loaded on profiles alone
// (see lib/ui/sidebar-ui-contract.ts).
export default defineContentScript({
  matches: ['https://github.com/*'],
  // From the start of the page load, so that the script is ready, and the collapse setting read,
  // when GitHub's HTML has been parsed.
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  async main(ctx) {
    let shown: { key: string; ui: MountedSidebar; candidate: PageCandidate } | null = null;
    ctx.onInvalidated(answerPageCandidate(() => shown?.candidate ?? null));
    const collapsed = followSidebarCollapsed(ctx);
    if (document.readyState === 'loading') await new Promise((ready) => document.addEventListener('DOMContentLoaded', ready, { once: true }));

    onPageVisits(
      ctx,
      async (url, signal) => {
        shown?.ui.remove();
        shown = null;
        await whenPageRendered(document, url, signal);
        if (signal.aborted) return;
        const reading = readGitHubPage(document, url);
        if (reading.kind !== 'user-profile') return;

        const profileReading = readGitHubProfile(document, url);
        // Shows in DevTools' performance panel; bench/sidebar-first-paint.ts measures from it.
        performance.mark('pyvet:page-read');
        const colorMode = readColorMode(document);
        const shell = await paintSidebarShell(ctx, {
          placement: 'github',
          colorMode,
          collapsed: collapsed(),
          body: githubShellBody(reading.login, reading.couldNotRead),
        });
        // The visit may have ended while the shadow root was being made.
        if (signal.aborted) {
          shell.sidebar.remove();
          return;
        }
        shown = { key: visitKey(url), ui: shell.sidebar, candidate: githubCandidate(reading.login, profileReading) };
        await handShellToUi(shell, signal, (ui) =>
          ui.showGitHubSidebar(shell, {
            login: reading.login,
            displayNameOnPage: reading.displayName,
            couldNotRead: reading.couldNotRead,
            colorMode,
            profileReading,
          }),
        );
      },
      (url) => shown?.key === visitKey(url) && shown.ui.isConnected,
    );
  },
});
