import { MARKETPLACE_ORIGINS } from './marketplace-hosts';

export const MARKETPLACE_SCRIPT_ID = 'pyvet-marketplace';
export const MARKETPLACE_SCRIPT_FILE = 'content-scripts/marketplace.js';

/** The parts of the permissions and scripting APIs this needs; the real ones are browser.*. */
export interface RegistrationApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    updateContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
}

interface RegisteredScript {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/**
 * Makes the marketplace content script run on exactly the marketplaces the
 * user has granted: registered, updated or removed to match the permissions.
 * Returns the origins it now runs on.
 */
export async function syncMarketplaceScript(api: RegistrationApi): Promise<string[]> {
  const granted = new Set((await api.permissions.getAll()).origins ?? []);
  const matches = MARKETPLACE_ORIGINS.filter((origin) => granted.has(origin));
  const registered = (await api.scripting.getRegisteredContentScripts({ ids: [MARKETPLACE_SCRIPT_ID] })).length > 0;

  if (matches.length === 0) {
    if (registered) await api.scripting.unregisterContentScripts({ ids: [MARKETPLACE_SCRIPT_ID] });
    return [];
  }
  const script: RegisteredScript = {
    id: MARKETPLACE_SCRIPT_ID,
    js: [MARKETPLACE_SCRIPT_FILE],
    matches,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  if (registered) await api.scripting.updateContentScripts([script]);
  else await api.scripting.registerContentScripts([script]);
  return matches;
}
