import { OptionsPage } from '@/components/OptionsPage';
import '@/components/ExtensionPage.css';
import { renderExtensionPage } from '@/lib/extension-page';
import { sendToBackground } from '@/lib/messaging/send';
import { freshnessHours, githubToken } from '@/lib/settings';

renderExtensionPage(
  <OptionsPage
    token={{
      hasToken: async () => Boolean(await githubToken.getValue()),
      checkToken: (token) => sendToBackground('check-github-token', { token }),
      saveToken: (token) => githubToken.setValue(token),
      currentRateLimit: () => sendToBackground('get-rate-limit', {}),
    }}
    freshness={{ getHours: () => freshnessHours.getValue(), setHours: (hours) => freshnessHours.setValue(hours) }}
    getCacheStats={() => sendToBackground('get-cache-stats', {})}
    clearCache={() => sendToBackground('clear-cache', {})}
    getGrantedHosts={async () => (await browser.permissions.getAll()).origins ?? []}
  />,
);
