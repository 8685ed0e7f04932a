import { defineConfig } from 'wxt';

// Host access is kept to the GitHub hosts pyvet reads (profile pages, the API,
// small raw files); marketplace hosts will be optional permissions asked for on
// first use (see README, "Permissions").
export const GITHUB_HOST_PERMISSIONS = [
  'https://github.com/*',
  'https://api.github.com/*',
  'https://raw.githubusercontent.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'pyvet',
    description:
      'Vet Python developers while you browse: evidence from their GitHub, held against your role scorecard.',
    permissions: ['storage'],
    host_permissions: GITHUB_HOST_PERMISSIONS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pyvet@pyvet.dev',
              strict_min_version: '140.0',
              // pyvet sends nothing anywhere but GitHub's API.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
