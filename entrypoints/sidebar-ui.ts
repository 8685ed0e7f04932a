import { provideSidebarUi } from '@/lib/sidebar-ui-contract';
import { sidebarUi } from '@/lib/sidebar-ui';

// Injected by the background into a frame whose content script found a
// profile (see lib/sidebar-ui-contract.ts); never listed in the manifest.
export default defineUnlistedScript(() => {
  provideSidebarUi(sidebarUi);
});
