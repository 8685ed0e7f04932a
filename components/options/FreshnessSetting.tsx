import { useEffect, useState } from 'react';
import { FRESHNESS_HOURS_RANGE } from '@/lib/settings/settings';

export interface FreshnessSettingProps {
  getHours: () => Promise<number>;
  setHours: (hours: number) => Promise<void>;
}

/** How long GitHub's answers are reused before pyvet asks again. */
export function FreshnessSetting({ getHours, setHours }: FreshnessSettingProps) {
  const [draft, setDraft] = useState<string>('');
  const [note, setNote] = useState<string | null>(null);
  const { min, max } = FRESHNESS_HOURS_RANGE;

  useEffect(() => {
    getHours().then((hours) => setDraft(String(hours)), () => setDraft(''));
  }, [getHours]);

  const save = async (value: string) => {
    setDraft(value);
    const hours = Number(value);
    if (!Number.isInteger(hours) || hours < min || hours > max) {
      setNote(`Enter a whole number of hours from ${min} to ${max}.`);
      return;
    }
    await setHours(hours);
    setNote(`Saved: profiles revisited within ${hours} ${hours === 1 ? 'hour' : 'hours'} cost no requests.`);
  };

  return (
    <p className="pyvet-field">
      <label htmlFor="pyvet-freshness">Reuse GitHub’s answers for (hours)</label>{' '}
      <input
        id="pyvet-freshness"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={draft}
        onChange={(event) => void save(event.target.value)}
        aria-describedby="pyvet-freshness-note"
      />{' '}
      <span id="pyvet-freshness-note" role="status" data-testid="freshness-note">
        {note}
      </span>
    </p>
  );
}
