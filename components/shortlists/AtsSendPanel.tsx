import { useEffect, useState } from 'react';
import type { ResponseOf } from '@/lib/messaging/protocol';
import type { AtsSending } from '@/lib/ui/ats-sending';
import { ATS_RECORD_HOSTS, safeLink } from '@/lib/sites/safe-link';
import { plural } from '@/lib/text/plural';
import { usePanelFocus } from '../common/usePanelFocus';

type Preview = ResponseOf<'preview-ats-send'>;
type Sent = ResponseOf<'send-to-ats'>;
export type SentRow = Extract<Sent, { status: 'ok' }>['results'][number];

const ACTION_TEXT = {
  create: 'new: will be created',
  link: 'already there: will be linked, with the verdict as a note',
  update: 'sent before: the verdict is added as a note',
  skip: 'skipped',
} as const;
const OUTCOME_TEXT = { created: 'created', linked: 'linked to the existing record', updated: 'updated', failed: 'failed' } as const;

/** "2 created, 1 linked, 1 failed" */
export function describeSend(results: readonly SentRow[]): string {
  const outcomes = ['created', 'linked', 'updated', 'failed'] as const;
  return outcomes
    .map((outcome) => [outcome, results.filter((result) => result.outcome === outcome).length] as const)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${count} ${outcome}`)
    .join(', ');
}

/** Preview what a send will create, link or skip; send on confirmation; then each candidate's result, with its link. */
export function AtsSendPanel(props: { vendorName: string; candidateIds: string[]; sending: AtsSending; onClose: () => void }) {
  const [stage, setStage] = useState<
    { kind: 'previewing' } | { kind: 'preview'; preview: Preview } | { kind: 'sending' } | { kind: 'sent'; sent: Sent }
  >({ kind: 'previewing' });
  const { sending, candidateIds } = props;
  const { heading, onKeyDown } = usePanelFocus(props.onClose, candidateIds.join());

  // The panel is opened for one selection (its key); the look-ups are read-only, so a preview is safe to run at once.
  useEffect(() => {
    let current = true;
    sending.preview(candidateIds).then(
      (preview) => current && setStage({ kind: 'preview', preview }),
      (error: unknown) => current && setStage({ kind: 'preview', preview: { status: 'error', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [sending, candidateIds]);

  const send = async () => {
    setStage({ kind: 'sending' });
    try {
      setStage({ kind: 'sent', sent: await sending.send(candidateIds) });
    } catch (error) {
      setStage({ kind: 'sent', sent: { status: 'error', message: error instanceof Error ? error.message : String(error) } });
    }
  };

  const sendable = stage.kind === 'preview' && stage.preview.status === 'ok' ? stage.preview.rows.filter((row) => row.action !== 'skip').length : 0;
  return (
    <section className="pyvet-panel" aria-labelledby="pyvet-ats-send-title" data-testid="ats-send" onKeyDown={onKeyDown}>
      <h2 id="pyvet-ats-send-title" ref={heading} tabIndex={-1}>
        Send to {props.vendorName}
      </h2>
      {stage.kind === 'previewing' && <p role="status">Looking for these candidates in {props.vendorName}…</p>}
      {stage.kind === 'preview' && stage.preview.status === 'error' && <p role="alert">{stage.preview.message}</p>}
      {stage.kind === 'preview' && stage.preview.status === 'ok' && (
        <ul data-testid="ats-preview">
          {stage.preview.rows.map((row) => (
            <li key={row.candidateId}>
              {row.name}: {ACTION_TEXT[row.action]}
              {row.reason && ` (${row.reason})`}
            </li>
          ))}
        </ul>
      )}
      {stage.kind === 'sending' && <p role="status">Sending {plural(props.candidateIds.length, 'candidate')} to {props.vendorName}…</p>}
      {stage.kind === 'sent' && stage.sent.status === 'error' && <p role="alert">Nothing sent: {stage.sent.message}</p>}
      {stage.kind === 'sent' && stage.sent.status === 'ok' && (
        <>
          <p role="status" data-testid="ats-summary">
            {describeSend(stage.sent.results)}.
          </p>
          <ul data-testid="ats-results">
            {stage.sent.results.map((result) => (
              <SentResult key={result.candidateId} result={result} vendorName={props.vendorName} />
            ))}
          </ul>
        </>
      )}
      {stage.kind === 'preview' && sendable > 0 && (
        <button type="button" onClick={() => void send()}>
          Send {plural(sendable, 'candidate')} to {props.vendorName}
        </button>
      )}
      <button type="button" onClick={props.onClose}>
        Close
      </button>
    </section>
  );
}

export function SentResult({ result, vendorName }: { result: SentRow; vendorName: string }) {
  const href = result.link && safeLink(result.link.url, ATS_RECORD_HOSTS);
  return (
    <li>
      {result.name}: {OUTCOME_TEXT[result.outcome]}
      {result.reason && ` (${result.reason})`}
      {href && (
        <>
          {' · '}
          <a href={href} target="_blank" rel="noopener noreferrer">
            open in {vendorName}
          </a>
        </>
      )}
    </li>
  );
}
