import { PopupPanel, type LinkedAccount } from '@/components/popup/PopupPanel';
import '@/components/common/ExtensionPage.css';
import '@/assets/sidebar.css';
import { renderExtensionPage } from '@/lib/ui/extension-page';
import { MARKETPLACES } from '@/lib/sites/sites';
import { MARKETPLACE_SCRIPT_FILE } from '@/lib/background/marketplace-registration';
import { candidateSaving } from '@/lib/ui/candidate-saving';
import { atsSending } from '@/lib/ui/ats-sending';
import { analyzeOverPort } from '@/lib/messaging/analysis-port';
import { askTabForCandidate } from '@/lib/messaging/page-reading';
import { sendToBackground } from '@/lib/messaging/send';
import { roleServices } from '@/lib/ui/role-services';
import { LinkedAccountsSchema } from '@/lib/readers/profile-reading';

renderExtensionPage(
  <PopupPanel
    getActiveTab={async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : null;
    }}
    findLinkedAccounts={async (tabId): Promise<LinkedAccount[]> => {
      const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-links.js'] });
      // The page could have tampered with the script's world: validate what comes back.
      return LinkedAccountsSchema.parse(result?.result ?? []);
    }}
    marketplaceEnabled={(site) => browser.permissions.contains({ origins: [...MARKETPLACES[site].origins] })}
    enableMarketplace={async (site, tabId) => {
      const granted = await browser.permissions.request({ origins: [...MARKETPLACES[site].origins] });
      // The background registers the script for later visits; this page gets it now, without a reload.
      if (granted) await browser.scripting.executeScript({ target: { tabId }, files: [`/${MARKETPLACE_SCRIPT_FILE}`] });
      return granted;
    }}
    askCandidate={askTabForCandidate}
    listRecent={async () => (await sendToBackground('list-recent-candidates', { limit: 5 })).candidates}
    analyze={analyzeOverPort}
    roles={roleServices}
    saving={candidateSaving}
    ats={atsSending}
    openShortlists={() => void browser.tabs.create({ url: browser.runtime.getURL('/shortlists.html') })}
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
);
