import { MarketplaceSidebar } from '@/components/MarketplaceSidebar';
import { Sidebar } from '@/components/Sidebar';
import sidebarCss from '@/components/Sidebar.css?inline';
import { candidateSaving } from './candidate-saving';
import { analyzeOverPort } from './messaging/analysis-port';
import { ProfileCorrectionsSchema } from './readers/corrections';
import { roleServices } from './role-services';
import { profileCorrections, sidebarCollapsed, watchSidebarCollapsed } from './settings';
import { mountSidebar } from './sidebar-mount';
import type { ShownSidebar, SidebarUi } from './sidebar-ui-contract';

const shown = (ui: Awaited<ReturnType<typeof mountSidebar>>): ShownSidebar => ({
  remove: () => ui.remove(),
  get isConnected() {
    return ui.shadowHost.isConnected;
  },
});

/** The panels, wired to the background (analysis, roles, saving) and extension storage. */
export const sidebarUi: SidebarUi = {
  async showGitHubSidebar(ctx, input) {
    const initiallyCollapsed = await sidebarCollapsed.getValue();
    const ui = await mountSidebar(
      ctx,
      sidebarCss,
      <Sidebar
        {...input}
        initiallyCollapsed={initiallyCollapsed}
        onCollapsedChange={(collapsed) => void sidebarCollapsed.setValue(collapsed)}
        watchCollapsed={watchSidebarCollapsed}
        analyze={analyzeOverPort}
        roles={roleServices}
        saving={candidateSaving}
      />,
    );
    return shown(ui);
  },

  async showMarketplaceSidebar(ctx, { reading, initialCorrection, correctionKey }) {
    const initiallyCollapsed = await sidebarCollapsed.getValue();
    const ui = await mountSidebar(
      ctx,
      sidebarCss,
      <MarketplaceSidebar
        reading={reading}
        initialCorrection={initialCorrection}
        saveCorrection={async (correction) => {
          const current = ProfileCorrectionsSchema.safeParse(await profileCorrections.getValue());
          await profileCorrections.setValue({ ...(current.success ? current.data : {}), [correctionKey]: correction });
        }}
        initiallyCollapsed={initiallyCollapsed}
        onCollapsedChange={(collapsed) => void sidebarCollapsed.setValue(collapsed)}
        watchCollapsed={watchSidebarCollapsed}
        analyze={analyzeOverPort}
        roles={roleServices}
        saving={candidateSaving}
      />,
    );
    return shown(ui);
  },
};
