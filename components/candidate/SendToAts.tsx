import { useEffect, useState } from 'react';
import type { AtsConnectionSummary } from '@/lib/messaging/protocol';
import { ATS_VENDOR_NAMES, type Candidate } from '@/lib/shortlists/records';
import type { AtsSending } from '@/lib/ui/ats-sending';
import { SentResult, type SentRow } from '../shortlists/AtsSendPanel';

/**
 * "Send to Ashby/Lever" for the candidate on the page, once saved: the send
 * links to a record already there rather than making a second one.
 */
export function SendToAts(props: { saved: Candidate | null; ats: AtsSending }) {
  const { saved, ats } = props;
  const [connection, setConnection] = useState<AtsConnectionSummary | null>(null);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'sending' } | { kind: 'sent'; result: SentRow } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  });

  useEffect(() => {
    ats.connection().then(setConnection, () => setConnection(null));
  }, [ats]);

  if (!connection) return null;
  const vendorName = ATS_VENDOR_NAMES[connection.vendor];
  const send = async (candidateId: string) => {
    setState({ kind: 'sending' });
    try {
      const answer = await ats.send([candidateId]);
      const result = answer.status === 'ok' ? answer.results[0] : undefined;
      setState(result ? { kind: 'sent', result } : { kind: 'failed', message: answer.status === 'error' ? answer.message : 'no answer' });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="pyvet-ats-send" aria-label={`Send to ${vendorName}`} data-testid="popup-ats">
      {saved ? (
        <button type="button" disabled={state.kind === 'sending'} onClick={() => void send(saved.id)}>
          {state.kind === 'sending' ? `Sending to ${vendorName}…` : saved.ats?.[connection.vendor] ? `Send again to ${vendorName}` : `Send to ${vendorName}`}
        </button>
      ) : (
        <p className="pyvet-note">Save the candidate to send them to {vendorName}.</p>
      )}
      {state.kind === 'sent' && (
        <ul role="status">
          <SentResult result={state.result} vendorName={vendorName} />
        </ul>
      )}
      {state.kind === 'failed' && <p role="alert">Not sent: {state.message}</p>}
    </section>
  );
}
