import { provideSidebarUi } from '@/lib/ui/sidebar-ui-contract';
import { sidebarUi } from '@/components/sidebar/sidebar-ui';

// Imported by a content script that found a profile (see lib/ui/sidebar-ui-contract.ts);
// never declared as a content script, so other pages do not load it.
export default defineUnlistedScript(() => {
  provideSidebarUi(sidebarUi);
});
