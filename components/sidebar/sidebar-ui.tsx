import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { MarketplaceSidebar } from '@/components/sidebar/MarketplaceSidebar';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { candidateSaving } from '@/lib/ui/candidate-saving';
import { analyzeOverPort } from '@/lib/messaging/analysis-port';
import type { ProfileCorrection } from '@/lib/readers/corrections';
import { roleServices } from '@/lib/ui/role-services';
import { saveProfileCorrection, sidebarCollapsed, watchSidebarCollapsed } from '@/lib/settings/settings';
import type { SidebarShell, SidebarUi } from '@/lib/ui/sidebar-ui-contract';

/** What both sidebars take from the extension: the collapse state and the background's services. */
function sidebarServices(shell: SidebarShell) {
  return {
    initiallyCollapsed: shell.collapsed,
    onCollapsedChange: (collapsed: boolean) => void sidebarCollapsed.setValue(collapsed),
    watchCollapsed: watchSidebarCollapsed,
    analyze: analyzeOverPort,
    roles: roleServices,
    saving: candidateSaving,
  };
}

/** Renders a sidebar over the frame the content script painted; removing the sidebar unmounts it. */
export function renderOverShell(shell: SidebarShell, sidebar: ReactNode): void {
  shell.handOver();
  const root = createRoot(shell.sidebar.container);
  root.render(sidebar);
  shell.sidebar.onRemove(() => root.unmount());
}

/** The panels, wired to the background (analysis, roles, saving) and extension storage. */
export const sidebarUi: SidebarUi = {
  showGitHubSidebar(shell, input) {
    renderOverShell(shell, <Sidebar {...input} {...sidebarServices(shell)} />);
  },

  showMarketplaceSidebar(shell, { reading, initialCorrection, correctionKey }) {
    const saveCorrection = (correction: ProfileCorrection) => saveProfileCorrection(correctionKey, correction);
    renderOverShell(
      shell,
      <MarketplaceSidebar reading={reading} initialCorrection={initialCorrection} saveCorrection={saveCorrection} {...sidebarServices(shell)} />,
    );
  },
};
