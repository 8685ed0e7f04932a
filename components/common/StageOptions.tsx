import { STAGE_LABELS, StageSchema } from '@/lib/shortlists/records';

/** The six funnel stages as <option>s, in funnel order, for every stage <select>. */
export function StageOptions() {
  return (
    <>
      {StageSchema.options.map((stage) => (
        <option key={stage} value={stage}>
          {STAGE_LABELS[stage]}
        </option>
      ))}
    </>
  );
}
