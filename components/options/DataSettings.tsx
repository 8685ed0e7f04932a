import { useState } from 'react';

export interface DataSettingsProps {
  /** Offers everything pyvet keeps as one JSON file (never the token). */
  exportEverything: () => Promise<{ candidates: number }>;
  /** Deletes candidates, shortlists, roles, cached answers and settings, the token included. */
  wipeEverything: () => Promise<void>;
}

const CONFIRM_WORD = 'delete';

/** Export everything, or wipe everything after typing a confirmation word. */
export function DataSettings(props: DataSettingsProps) {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  const onExport = async () => {
    try {
      const { candidates } = await props.exportEverything();
      setStatus(`Exported ${candidates} ${candidates === 1 ? 'candidate' : 'candidates'} with shortlists, roles and settings.`);
    } catch (error) {
      setStatus(`Export failed: ${String(error)}`);
    }
  };

  const onWipe = async () => {
    try {
      await props.wipeEverything();
      setStatus('Everything pyvet kept in this browser has been deleted.');
    } catch (error) {
      setStatus(`Wipe failed, nothing was confirmed deleted: ${String(error)}`);
    }
    setConfirming(false);
    setTyped('');
  };

  return (
    <section aria-labelledby="pyvet-data-title">
      <h2 id="pyvet-data-title">Your data</h2>
      <p>
        Export everything as one JSON file (candidates, shortlists, roles and settings; never your GitHub token or ATS key), or
        delete everything pyvet keeps in this browser.
      </p>
      <p className="pyvet-actions">
        <button type="button" onClick={() => void onExport()}>
          Export everything
        </button>
        <button type="button" onClick={() => setConfirming(true)} aria-expanded={confirming} aria-controls="pyvet-wipe">
          Wipe everything…
        </button>
      </p>
      {confirming && (
        <div id="pyvet-wipe" role="group" aria-label="Confirm wipe" className="pyvet-field">
          <label htmlFor="pyvet-wipe-confirm">Type “{CONFIRM_WORD}” to delete everything, the token included</label>
          <input id="pyvet-wipe-confirm" value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" />
          <button type="button" disabled={typed.trim().toLowerCase() !== CONFIRM_WORD} onClick={() => void onWipe()}>
            Delete everything
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {status && (
        <p role="status" data-testid="data-status">
          {status}
        </p>
      )}
    </section>
  );
}
