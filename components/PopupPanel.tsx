import { isProfile } from 'github-url-detection';
import { useEffect, useState } from 'react';

export interface PopupPanelProps {
  getActiveTabUrl: () => Promise<string | null>;
  openShortlists: () => void;
  openOptions: () => void;
}

/** Where the active tab is, as far as pyvet is concerned. */
function describeTab(url: string | null): string {
  if (!url) return 'pyvet works on GitHub profile pages. Open one to see a first look at the developer.';
  const parsed = new URL(url);
  if (parsed.hostname === 'github.com' && isProfile(parsed)) {
    return 'pyvet’s sidebar is on this profile, at the right of the page.';
  }
  return 'pyvet works on GitHub profile pages. Open one to see a first look at the developer.';
}

/** The toolbar popup. Quick scoring arrives here in a later version; for now it points the way. */
export function PopupPanel(props: PopupPanelProps) {
  const [tabUrl, setTabUrl] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    props.getActiveTabUrl().then(setTabUrl, () => setTabUrl(null));
  }, [props]);

  return (
    <main className="pyvet-page pyvet-popup" aria-labelledby="pyvet-popup-title">
      <h1 id="pyvet-popup-title">pyvet</h1>
      <p data-testid="popup-status">{tabUrl === undefined ? 'Looking at this tab…' : describeTab(tabUrl)}</p>
      <nav className="pyvet-actions" aria-label="pyvet pages">
        <button type="button" onClick={props.openShortlists}>
          Shortlists
        </button>
        <button type="button" onClick={props.openOptions}>
          Options
        </button>
      </nav>
    </main>
  );
}
