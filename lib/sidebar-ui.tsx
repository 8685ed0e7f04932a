import { MarketplaceSidebar } from '@/components/MarketplaceSidebar';
import { Sidebar } from '@/components/Sidebar';
import sidebarCss from '@/components/Sidebar.css?inline';
import { candidateSaving } from './candidate-saving';
import { analyzeOverPort } from './messaging/analysis-port';
import { ProfileCorrectionsSchema, type ProfileCorrection } from './readers/corrections';
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
    const saveCorrection = async (correction: ProfileCorrection) => {
      const current = ProfileCorrectionsSchema.safeParse(await profileCorrections.getValue());
      await profileCorrections.setValue({ ...(current.success ? current.data : {}), [correctionKey]: correction });
    };
    return shown(
      await mountSidebar(
        ctx,
        sidebarCss,
        <MarketplaceSidebar reading={reading} initialCorrection={initialCorrection} saveCorrection={saveCorrection} {...services} />,
      ),
    );
  },
};
