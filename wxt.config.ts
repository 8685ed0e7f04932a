import { defineConfig } from 'wxt';
import { ATS_API_ORIGINS, GITHUB, MARKETPLACE_ORIGINS } from './lib/sites/sites';

/**
 * PYVET_E2E=1 builds the end-to-end test variant into .output/e2e-*: the same
 * extension with the marketplace hosts already granted, because a test cannot
 * click Chromium's permission prompt.
 */
const E2E_BUILD = process.env.PYVET_E2E === '1';

// Host access is kept to the GitHub hosts pyvet reads (profile pages, the API,
// small raw files); the marketplace hosts are optional permissions, asked for on
// first use (see README, "Permissions").
export const GITHUB_HOST_PERMISSIONS = [...GITHUB.origins, 'https://api.github.com/*', 'https://raw.githubusercontent.com/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  ...(E2E_BUILD ? { outDirTemplate: 'e2e-{{browser}}-mv{{manifestVersion}}' } : {}),
  hooks: {
    // The marketplace content script is registered at runtime, and WXT adds its
    // matches to host_permissions; they belong in optional_host_permissions.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (E2E_BUILD) return;
      manifest.host_permissions = (manifest.host_permissions ?? []).filter(
        (origin: string) => !MARKETPLACE_ORIGINS.includes(origin),
      );
    },
  },
  manifest: ({ browser }) => ({
    name: 'pyvet',
    description:
      'Vet Python developers while you browse: evidence from their GitHub, held against your role scorecard.',
    // scripting: register the marketplace content script once its site is enabled, and read the
    // links of the page the popup was opened on (activeTab: that tab only, on a click).
    permissions: ['storage', 'scripting', 'activeTab'],
    // The e2e build has the ATS hosts granted too: a test cannot click the permission prompt either.
    host_permissions: [...GITHUB_HOST_PERMISSIONS, ...(E2E_BUILD ? Object.values(ATS_API_ORIGINS) : [])],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Show or hide the pyvet sidebar',
      },
    },
    optional_host_permissions: [...MARKETPLACE_ORIGINS, ...Object.values(ATS_API_ORIGINS)],
    // The sidebar's UI, which the content scripts import on profiles (lib/ui/sidebar-ui-contract.ts).
    // In Chrome its address changes every session, so that pages cannot probe for pyvet with it;
    // Firefox's addresses are per installation already and it does not know use_dynamic_url.
    web_accessible_resources: [
      {
        resources: ['sidebar-ui.js'],
        matches: [...GITHUB.origins, ...MARKETPLACE_ORIGINS],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pyvet@pyvet.dev',
              strict_min_version: '140.0',
              // pyvet sends nothing anywhere but GitHub's API, and the user's own ATS when they send to it.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
