import { sidebarCollapsed } from '../settings/settings';

/** The keyboard commands of the manifest (wxt.config.ts). */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

/**
 * Alt+Shift+Y: every sidebar follows the stored collapse state, so flipping
 * it shows or hides them all. Other commands are not pyvet's and are ignored.
 */
export async function runCommand(command: string): Promise<void> {
  if (command === TOGGLE_SIDEBAR_COMMAND) await sidebarCollapsed.setValue(!(await sidebarCollapsed.getValue()));
}
