import { MARKETPLACE_ORIGINS, UPWORK } from '../sites/sites';

export const MARKETPLACE_SCRIPT_ID = 'pyvet-marketplace';
export const MARKETPLACE_SCRIPT_FILE = 'content-scripts/marketplace.js';
/** Upwork only: copies profile fields from the page's own state (see lib/readers/upwork/page-state.ts). */
export const UPWORK_STATE_SCRIPT_ID = 'pyvet-upwork-state';
export const UPWORK_STATE_SCRIPT_FILE = 'content-scripts/upwork-state.js';

/** Each runtime script and the origins it may run on, among those granted. */
const RUNTIME_SCRIPTS = [
  { id: MARKETPLACE_SCRIPT_ID, file: MARKETPLACE_SCRIPT_FILE, origins: MARKETPLACE_ORIGINS, world: 'ISOLATED' },
  { id: UPWORK_STATE_SCRIPT_ID, file: UPWORK_STATE_SCRIPT_FILE, origins: [...UPWORK.origins], world: 'MAIN' },
] as const;

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
  world: 'ISOLATED' | 'MAIN';
  persistAcrossSessions: boolean;
}

/**
 * Makes the marketplace content scripts run on exactly the marketplaces the
 * user has granted: registered, updated or removed to match the permissions.
 * Returns the origins the marketplace sidebar now runs on.
 */
export async function syncMarketplaceScript(api: RegistrationApi): Promise<string[]> {
  const granted = new Set((await api.permissions.getAll()).origins ?? []);
  const registeredIds = new Set(
    (await api.scripting.getRegisteredContentScripts({ ids: RUNTIME_SCRIPTS.map((script) => script.id) })).map(
      (script) => script.id,
    ),
  );
  let sidebarOrigins: string[] = [];
  for (const { id, file, origins, world } of RUNTIME_SCRIPTS) {
    const matches = origins.filter((origin) => granted.has(origin));
    if (id === MARKETPLACE_SCRIPT_ID) sidebarOrigins = matches;
    if (matches.length === 0) {
      if (registeredIds.has(id)) await api.scripting.unregisterContentScripts({ ids: [id] });
      continue;
    }
    const script: RegisteredScript = { id, js: [file], matches, runAt: 'document_idle', world, persistAcrossSessions: true };
    if (registeredIds.has(id)) await api.scripting.updateContentScripts([script]);
    else await api.scripting.registerContentScripts([script]);
  }
  return sidebarOrigins;
}
