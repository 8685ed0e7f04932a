import { useEffect, useState, type FormEvent } from 'react';
import { ATS_VENDOR_NAMES, AtsVendorSchema, type AtsVendor } from '@/lib/shortlists/records';
import type { AtsConnectionSummary } from '@/lib/messaging/protocol';

export interface AtsSettingsProps {
  /** The connected system, without its key (pages never get the key back). */
  connection: () => Promise<AtsConnectionSummary | null>;
  /** Asks for the vendor's API host; called first thing in the click, which the browser's prompt needs. */
  requestHost: (vendor: AtsVendor) => Promise<boolean>;
  /** Checks the key with the vendor and saves it only when it works. */
  connect: (request: { vendor: AtsVendor; apiKey: string; performAs: string | null }) => Promise<
    { status: 'ok'; connection: AtsConnectionSummary } | { status: 'error'; message: string }
  >;
  /** Forgets the key and gives the vendor's host back. */
  disconnect: (vendor: AtsVendor) => Promise<void>;
}

const KEY_HELP: Record<AtsVendor, string> = {
  ashby: 'An Ashby API key (Admin → Integrations → API keys) with Candidates read and write is enough.',
  lever: 'A Lever API key (Settings → Integrations and API → API credentials) with opportunities, notes and users; and the Lever user pyvet acts as.',
};

const checkedOn = (connection: AtsConnectionSummary) =>
  `Connected to ${ATS_VENDOR_NAMES[connection.vendor]} as ${connection.account} (checked ${new Date(connection.checkedAt).toLocaleDateString()}).`;

/** The team's applicant tracking system: which one, its key (checked with the vendor before it is saved). */
export function AtsSettings(props: AtsSettingsProps) {
  const [connection, setConnection] = useState<AtsConnectionSummary | null | undefined>(undefined);
  const [vendor, setVendor] = useState<AtsVendor>('ashby');
  const [apiKey, setApiKey] = useState('');
  const [performAs, setPerformAs] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'problem'; text: string } | null>(null);

  // Read once per page: the options page re-renders for other sections, which must not reset this one.
  const { connection: readConnection } = props;
  useEffect(() => {
    readConnection().then(setConnection, () => setConnection(null));
  }, [readConnection]);

  const onConnect = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      if (!(await props.requestHost(vendor))) {
        setMessage({ tone: 'problem', text: `Not saved: pyvet needs access to ${ATS_VENDOR_NAMES[vendor]}’s API host to send candidates there.` });
        return;
      }
      const answer = await props.connect({ vendor, apiKey: apiKey.trim(), performAs: vendor === 'lever' ? performAs.trim() || null : null });
      if (answer.status === 'error') {
        setMessage({ tone: 'problem', text: `Not saved: ${answer.message}` });
        return;
      }
      setConnection(answer.connection);
      setApiKey('');
      setMessage({ tone: 'ok', text: `Key checked with ${ATS_VENDOR_NAMES[vendor]} and saved.` });
    } catch (error) {
      setMessage({ tone: 'problem', text: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const onDisconnect = async (connected: AtsConnectionSummary) => {
    await props.disconnect(connected.vendor);
    setConnection(null);
    setMessage({ tone: 'ok', text: `Disconnected from ${ATS_VENDOR_NAMES[connected.vendor]}: its key is deleted from this browser.` });
  };

  const needsUser = vendor === 'lever' && performAs.trim() === '';
  return (
    <section aria-labelledby="pyvet-ats-title">
      <h2 id="pyvet-ats-title">Applicant tracking system</h2>
      <p>
        Send vetted candidates, with pyvet’s verdict as a note and its flags as tags, to your team’s Ashby or Lever. The
        key stays in this browser, is sent only to that system’s API, and is never exported. CSV files for Greenhouse,
        Lever, Ashby and Workable need no key: see the shortlists page.
      </p>
      <p data-testid="ats-state">
        {connection === undefined ? 'Checking…' : connection ? checkedOn(connection) : 'No system connected.'}
      </p>
      {connection ? (
        <button type="button" onClick={() => void onDisconnect(connection)}>
          Disconnect {ATS_VENDOR_NAMES[connection.vendor]}
        </button>
      ) : (
        <form onSubmit={(event) => void onConnect(event)} className="pyvet-token-form" aria-label="Connect an ATS">
          <label htmlFor="pyvet-ats-vendor">System</label>
          <select id="pyvet-ats-vendor" value={vendor} onChange={(event) => setVendor(AtsVendorSchema.parse(event.target.value))}>
            {AtsVendorSchema.options.map((option) => (
              <option key={option} value={option}>
                {ATS_VENDOR_NAMES[option]}
              </option>
            ))}
          </select>
          <label htmlFor="pyvet-ats-key">API key</label>
          <input
            id="pyvet-ats-key"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={apiKey}
            aria-describedby="pyvet-ats-key-help"
            onChange={(event) => setApiKey(event.target.value)}
          />
          {vendor === 'lever' && (
            <>
              <label htmlFor="pyvet-ats-user">Lever user id (perform_as)</label>
              <input id="pyvet-ats-user" spellCheck={false} value={performAs} onChange={(event) => setPerformAs(event.target.value)} />
            </>
          )}
          <button type="submit" disabled={busy || apiKey.trim() === '' || needsUser}>
            {busy ? `Checking with ${ATS_VENDOR_NAMES[vendor]}…` : 'Check key and connect'}
          </button>
          <p id="pyvet-ats-key-help" className="pyvet-hint">
            {KEY_HELP[vendor]}
          </p>
        </form>
      )}
      {message && (
        <p role={message.tone === 'problem' ? 'alert' : 'status'} data-testid="ats-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
