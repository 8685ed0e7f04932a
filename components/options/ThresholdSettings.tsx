import { useEffect, useState } from 'react';
import { ThresholdsSchema, type Thresholds } from '@/lib/judgement/scorecard';

const FIELDS: { key: keyof Thresholds; label: string; step: number }[] = [
  { key: 'staleMonths', label: 'Python work counts as stale after (months)', step: 1 },
  { key: 'weakPythonShare', label: 'Weak Python: share of own repositories in Python below', step: 0.05 },
  { key: 'maxMustHaves', label: 'Warn when a role has more must-haves than', step: 1 },
  { key: 'kitchenSinkSubfields', label: 'Kitchen-sink claims: Python subfields claimed at once', step: 1 },
  { key: 'lowRateRatio', label: 'Ask about a senior rate below this fraction of the market benchmark', step: 0.05 },
];

/** The thresholds behind the red flags; every open sidebar re-evaluates on save, with no new request. */
export interface ThresholdSettingsProps {
  load: () => Promise<Thresholds>;
  save: (thresholds: Thresholds) => Promise<void>;
}

export function ThresholdSettings(props: ThresholdSettingsProps) {
  const { load } = props;
  const [draft, setDraft] = useState<Record<keyof Thresholds, string> | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    load().then(
      (saved) => setDraft(Object.fromEntries(FIELDS.map(({ key }) => [key, String(saved[key])])) as Record<keyof Thresholds, string>),
      () => setStatus('Could not read the saved thresholds.'),
    );
  }, [load]);

  const onSave = async () => {
    if (!draft) return;
    const parsed = ThresholdsSchema.safeParse(Object.fromEntries(FIELDS.map(({ key }) => [key, Number(draft[key])])));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = FIELDS.find(({ key }) => key === issue?.path[0]);
      setStatus(`Not saved: “${field?.label ?? 'a threshold'}” ${issue?.message ?? 'is out of range'}.`);
      return;
    }
    await props.save(parsed.data);
    setStatus('Thresholds saved; open sidebars have been re-evaluated.');
  };

  return (
    <section aria-labelledby="pyvet-thresholds-title">
      <h2 id="pyvet-thresholds-title">Red-flag thresholds</h2>
      {draft && FIELDS.map(({ key, label, step }) => (
        <p key={key} className="pyvet-field">
          <label htmlFor={`pyvet-threshold-${key}`}>{label}</label>{' '}
          <input
            id={`pyvet-threshold-${key}`}
            type="number"
            step={step}
            value={draft[key]}
            onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
          />
        </p>
      ))}
      <button type="button" onClick={() => void onSave()}>
        Save thresholds
      </button>
      {status && (
        <p role="status" data-testid="thresholds-status">
          {status}
        </p>
      )}
    </section>
  );
}
