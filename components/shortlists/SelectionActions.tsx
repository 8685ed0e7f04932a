import { useState } from 'react';
import { plural } from '@/lib/text/plural';
import type { ShortlistsData } from '@/lib/ui/shortlists-data';
import { compareCandidates, type Comparison } from '@/lib/shortlists/table';
import { STAGE_LABELS, StageSchema, type Candidate, type Shortlist, type Stage } from '@/lib/shortlists/records';
import type { CandidateSummary } from '@/lib/shortlists/summary';
import type { RunAction } from './NoticeBar';
import { StageOptions } from '../common/StageOptions';

/** What can be done with the selected candidates: move, list, unlist, delete, merge, compare. */
export function SelectionActions(props: {
  /** The selected candidates, in the table's order. */
  selected: CandidateSummary[];
  shortlists: Shortlist[];
  /** The shortlist in view, if any. */
  currentShortlist: Shortlist | null;
  data: ShortlistsData;
  run: RunAction;
  onSelect: (ids: string[]) => void;
  onCompare: (comparison: Comparison) => void;
  /** The full records of these candidates; fails, saying which and why, when one cannot be read. */
  readWhole: (ids: string[]) => Promise<Candidate[]>;
}) {
  const { selected, data, run, currentShortlist } = props;
  const [stage, setStage] = useState<Stage>('technical-screen');
  const [targetList, setTargetList] = useState('');
  const ids = selected.map((candidate) => candidate.id);

  return (
    <>
      <label className="pyvet-field">
        Move to
        <select value={stage} onChange={(event) => setStage(StageSchema.parse(event.target.value))}>
          <StageOptions />
        </select>
      </label>
      <button
        type="button"
        disabled={ids.length === 0}
        onClick={() => void run(async () => `${plural(await data.setStage(ids, stage), 'candidate')} moved to ${STAGE_LABELS[stage]}.`)}
      >
        Move
      </button>
      <label className="pyvet-field">
        Add to shortlist
        <input list="pyvet-shortlist-names" value={targetList} onChange={(event) => setTargetList(event.target.value)} size={14} />
      </label>
      <datalist id="pyvet-shortlist-names">
        {props.shortlists.map((shortlist) => (
          <option key={shortlist.id} value={shortlist.name} />
        ))}
      </datalist>
      <button
        type="button"
        disabled={ids.length === 0 || targetList.trim() === ''}
        onClick={() => void run(async () => `${plural(ids.length, 'candidate')} on “${(await data.addToShortlist(ids, targetList)).name}”.`)}
      >
        Add
      </button>
      {currentShortlist && (
        <button
          type="button"
          disabled={ids.length === 0}
          onClick={() =>
            void run(async () => {
              const removed = await data.removeFromShortlist(currentShortlist.id, ids);
              props.onSelect([]);
              return `${plural(removed, 'candidate')} taken off “${currentShortlist.name}” (still saved).`;
            })
          }
        >
          Remove from list
        </button>
      )}
      <button
        type="button"
        disabled={ids.length === 0}
        onClick={() =>
          void run(async () => {
            const deleted = await data.remove(ids);
            props.onSelect([]);
            return {
              text: `Deleted ${plural(deleted.candidates.length, 'candidate')}.`,
              undo: async () => (await data.restore(deleted), `Restored ${plural(deleted.candidates.length, 'candidate')}.`),
            };
          })
        }
      >
        Delete
      </button>
      <button
        type="button"
        disabled={ids.length !== 2}
        title="Two records of the same person become one; un-merge from its details"
        onClick={() =>
          void run(async () => {
            const [target, source] = mergeOrder(selected);
            if (!target || !source) return 'Select the two records to merge.';
            const merged = await data.merge(target.id, source.id);
            props.onSelect([merged.id]);
            return `Merged into ${merged.displayName ?? merged.githubLogin ?? 'one record'}.`;
          })
        }
      >
        Merge
      </button>
      <button
        type="button"
        disabled={ids.length < 2 || ids.length > 4}
        title="Select 2 to 4 candidates"
        onClick={() =>
          void run(async () => {
            const [role, candidates] = await Promise.all([data.activeRole(), props.readWhole(ids)]);
            props.onCompare(compareCandidates(candidates, role));
            return `Comparing ${ids.length} candidates on “${role.name}”.`;
          })
        }
      >
        Compare
      </button>
    </>
  );
}

/** The record that stays: the one with a GitHub login, else the older one. */
function mergeOrder(candidates: CandidateSummary[]): CandidateSummary[] {
  return [...candidates].sort((a, b) => Number(b.githubLogin !== null) - Number(a.githubLogin !== null) || a.createdAt - b.createdAt);
}
