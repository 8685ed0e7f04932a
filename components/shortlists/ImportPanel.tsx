import { useState, type ChangeEvent } from 'react';
import { describeImportPreview } from '@/lib/shortlists/import/describe';
import { parseImportFile } from '@/lib/shortlists/import/parse';
import { planImport, type ImportPlan } from '@/lib/shortlists/import/plan';
import type { Candidate, Shortlist } from '@/lib/shortlists/records';

const PREVIEW_ROWS = 50;
const ACTION_TEXT = { add: 'new', merge: 'merged into', unchanged: 'unchanged' } as const;

/**
 * "Import JSON": reads a pyvet export, shows what it would add and merge,
 * and writes it only on confirmation, all or nothing. A bad file changes
 * nothing and says what is wrong and where.
 */
export function ImportPanel(props: {
  /** Every saved record and shortlist, read when a file is chosen. */
  current: () => Promise<{ candidates: Candidate[]; shortlists: Shortlist[] }>;
  apply: (plan: ImportPlan) => Promise<void>;
  now?: () => number;
  newId?: () => string;
}) {
  const [plan, setPlan] = useState<{ fileName: string; plan: ImportPlan } | null>(null);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const now = props.now ?? Date.now;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setPlan(null);
    const parsed = parseImportFile(await file.text());
    if (!parsed.ok) {
      setMessage({ text: `Nothing imported from ${file.name}: ${parsed.error}`, problem: true });
      return;
    }
    try {
      const planned = planImport(await props.current(), parsed.document, { now: now(), newId: props.newId ?? (() => crypto.randomUUID()) });
      setMessage(null);
      setPlan({ fileName: file.name, plan: planned });
    } catch (error) {
      // A record already in the database that no longer fits the schema stops the merge; nothing is written.
      setMessage({ text: `Nothing imported from ${file.name}: ${error instanceof Error ? error.message : String(error)}`, problem: true });
    }
  };

  const confirm = async () => {
    if (!plan) return;
    try {
      await props.apply(plan.plan);
      setMessage({ text: `Imported ${plan.fileName}: ${describeImportPreview(plan.plan.preview)}`, problem: false });
    } catch (error) {
      setMessage({ text: `Nothing imported: ${error instanceof Error ? error.message : String(error)}`, problem: true });
    }
    setPlan(null);
  };

  return (
    <div className="pyvet-import">
      <label className="pyvet-file-button">
        Import JSON…
        <input type="file" accept="application/json,.json" onChange={(event) => void choose(event)} data-testid="import-file" />
      </label>
      {message && (
        <p role={message.problem ? 'alert' : 'status'} data-testid="import-message">
          {message.text}
        </p>
      )}
      {plan && (
        <section className="pyvet-panel" aria-labelledby="pyvet-import-title" data-testid="import-preview">
          <h2 id="pyvet-import-title">Import {plan.fileName}?</h2>
          <p>{describeImportPreview(plan.plan.preview)}</p>
          <ul>
            {plan.plan.preview.rows.slice(0, PREVIEW_ROWS).map((row) => (
              <li key={row.id}>
                {row.name}: {ACTION_TEXT[row.action]}
                {row.into ? ` ${row.into}` : ''}
              </li>
            ))}
          </ul>
          {plan.plan.preview.rows.length > PREVIEW_ROWS && <p className="pyvet-hint">…and {plan.plan.preview.rows.length - PREVIEW_ROWS} more.</p>}
          <p className="pyvet-actions">
            <button type="button" onClick={() => void confirm()}>
              Import
            </button>
            <button type="button" onClick={() => setPlan(null)}>
              Cancel
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
