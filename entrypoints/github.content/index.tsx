import { Sidebar } from '@/components/Sidebar';
import '@/components/Sidebar.css';
import { analyzeOverPort } from '@/lib/messaging/analysis-port';
import { answerPageCandidate, githubCandidate, type PageCandidate } from '@/lib/messaging/page-reading';
import { onPageVisits } from '@/lib/page-visits';
import { readColorMode } from '@/lib/readers/github/color-mode';
import { whenPageRendered } from '@/lib/readers/github/page-rendered';
import { readGitHubPage } from '@/lib/readers/github/profile-page';
import { readGitHubProfile } from '@/lib/readers/github/profile-reading';
import { candidateSaving } from '@/lib/candidate-saving';
import { roleServices } from '@/lib/role-services';
import { sidebarCollapsed, watchSidebarCollapsed } from '@/lib/settings';
import { mountSidebar, type MountedSidebar } from '@/lib/sidebar-mount';

/** Profile tabs (?tab=repositories) and hashes are the same visit as the profile itself. */
const visitKey = (url: URL) => url.pathname.replace(/\/+$/, '').toLowerCase();

export default defineContentScript({
  matches: ['https://github.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    let shown: { key: string; ui: MountedSidebar; candidate: PageCandidate } | null = null;
    ctx.onInvalidated(answerPageCandidate(() => shown?.candidate ?? null));

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
        const initiallyCollapsed = await sidebarCollapsed.getValue();
        if (signal.aborted) return;
        const ui = await mountSidebar(
          ctx,
          <Sidebar
            login={reading.login}
            displayNameOnPage={reading.displayName}
            couldNotRead={reading.couldNotRead}
            colorMode={readColorMode(document)}
            initiallyCollapsed={initiallyCollapsed}
            onCollapsedChange={(collapsed) => void sidebarCollapsed.setValue(collapsed)}
            watchCollapsed={watchSidebarCollapsed}
            analyze={analyzeOverPort}
            profileReading={profileReading}
            roles={roleServices}
            saving={candidateSaving}
          />,
        );
        // The visit may have ended while the shadow root was being made.
        if (signal.aborted) {
          ui.remove();
          return;
        }
        shown = {
          key: visitKey(url),
          ui,
          candidate: githubCandidate(reading.login, profileReading),
        };
      },
      (url) => shown?.key === visitKey(url) && shown.ui.shadowHost.isConnected,
    );
  },
});
