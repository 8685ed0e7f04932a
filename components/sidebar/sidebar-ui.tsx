import { MarketplaceSidebar } from '@/components/sidebar/MarketplaceSidebar';
import { Sidebar } from '@/components/sidebar/Sidebar';
import sidebarCss from '@/components/sidebar/Sidebar.css?inline';
import { candidateSaving } from '@/lib/ui/candidate-saving';
import { analyzeOverPort } from '@/lib/messaging/analysis-port';
import type { ProfileCorrection } from '@/lib/readers/corrections';
import { roleServices } from '@/lib/ui/role-services';
import { saveProfileCorrection, sidebarCollapsed, watchSidebarCollapsed } from '@/lib/settings/settings';
import { mountSidebar } from '@/lib/ui/sidebar-mount';
import type { ShownSidebar, SidebarUi } from '@/lib/ui/sidebar-ui-contract';

const shown = (ui: Awaited<ReturnType<typeof mountSidebar>>): ShownSidebar => ({
  remove: () => ui.remove(),
  get isConnected() {
    return ui.shadowHost.isConnected;
  },
});

/** What both sidebars take from the extension: the remembered collapse state and the background's services. */
async function sidebarServices() {
  return {
    initiallyCollapsed: await sidebarCollapsed.getValue(),
    onCollapsedChange: (collapsed: boolean) => void sidebarCollapsed.setValue(collapsed),
    watchCollapsed: watchSidebarCollapsed,
    analyze: analyzeOverPort,
    roles: roleServices,
    saving: candidateSaving,
  };
}

/** The panels, wired to the background (analysis, roles, saving) and extension storage. */
export const sidebarUi: SidebarUi = {
  async showGitHubSidebar(ctx, input) {
    const services = await sidebarServices();
    return shown(await mountSidebar(ctx, sidebarCss, <Sidebar {...input} {...services} />));
  },

  async showMarketplaceSidebar(ctx, { reading, initialCorrection, correctionKey }) {
    const services = await sidebarServices();
    const saveCorrection = (correction: ProfileCorrection) => saveProfileCorrection(correctionKey, correction);
    return shown(
      await mountSidebar(
        ctx,
        sidebarCss,
        <MarketplaceSidebar reading={reading} initialCorrection={initialCorrection} saveCorrection={saveCorrection} {...services} />,
      ),
    );
  },
};
