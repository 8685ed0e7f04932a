import { OptionsPage } from '@/components/OptionsPage';
import '@/components/ExtensionPage.css';
import { renderExtensionPage } from '@/lib/extension-page';
import { sendToBackground } from '@/lib/messaging/send';

renderExtensionPage(
  <OptionsPage
    getCacheStats={() => sendToBackground('get-cache-stats', {})}
    clearCache={() => sendToBackground('clear-cache', {})}
    getGrantedHosts={async () => (await browser.permissions.getAll()).origins ?? []}
  />,
);
