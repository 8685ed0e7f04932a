import { PopupPanel } from '@/components/PopupPanel';
import '@/components/ExtensionPage.css';
import { renderExtensionPage } from '@/lib/extension-page';

renderExtensionPage(
  <PopupPanel
    getActiveTabUrl={async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url ?? null}
    openShortlists={() => void browser.tabs.create({ url: browser.runtime.getURL('/shortlists.html') })}
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
);
