import { provideSidebarUi } from '@/lib/ui/sidebar-ui-contract';
import { sidebarUi } from '@/components/sidebar/sidebar-ui';

// Injected by the background into a frame whose content script found a
// profile (see lib/ui/sidebar-ui-contract.ts); never listed in the manifest.
export default defineUnlistedScript(() => {
  provideSidebarUi(sidebarUi);
});
