import { describe, expect, it } from 'vitest';
import { MARKETPLACE_ORIGINS } from '@/lib/sites/sites';
import { MARKETPLACE_SCRIPT_ID, syncMarketplaceScript, type RegistrationApi } from '@/lib/background/marketplace-registration';

/** A scripting/permissions pair that keeps registrations in memory. */
function fakeApi(origins: string[]) {
  const registered = new Map<string, { matches: string[] }>();
  const api: RegistrationApi = {
    permissions: { getAll: async () => ({ origins }) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => ids.filter((id) => registered.has(id)).map((id) => ({ id })),
      registerContentScripts: async (scripts) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, script);
        }
      },
      updateContentScripts: async (scripts) => {
        for (const script of scripts) registered.set(script.id, script);
      },
      unregisterContentScripts: async ({ ids }) => ids.forEach((id) => registered.delete(id)),
    },
  };
  return { api, registered, grant: (origin: string) => origins.push(origin), revoke: (origin: string) => origins.splice(origins.indexOf(origin), 1) };
}

describe('syncMarketplaceScript', () => {
  it('registers nothing until a marketplace is granted', async () => {
    const { api, registered } = fakeApi(['https://github.com/*', 'https://api.github.com/*']);
    expect(await syncMarketplaceScript(api)).toEqual([]);
    expect(registered.size).toBe(0);
  });

  it('follows grants and revocations: register, update, unregister', async () => {
    const { api, registered, grant, revoke } = fakeApi(['https://github.com/*']);
    grant('https://www.upwork.com/*');
    expect(await syncMarketplaceScript(api)).toEqual(['https://www.upwork.com/*']);
    grant('https://www.fiverr.com/*');
    expect(await syncMarketplaceScript(api)).toEqual(['https://www.upwork.com/*', 'https://www.fiverr.com/*']);
    expect(registered.get(MARKETPLACE_SCRIPT_ID)?.matches).toEqual(['https://www.upwork.com/*', 'https://www.fiverr.com/*']);
    revoke('https://www.upwork.com/*');
    revoke('https://www.fiverr.com/*');
    expect(await syncMarketplaceScript(api)).toEqual([]);
    expect(registered.size).toBe(0);
  });

  it('is safe to run again on every service-worker start', async () => {
    const { api } = fakeApi([...MARKETPLACE_ORIGINS]);
    await syncMarketplaceScript(api);
    await expect(syncMarketplaceScript(api)).resolves.toEqual(MARKETPLACE_ORIGINS);
  });
});
