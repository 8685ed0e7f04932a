import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { CandidateRow, SortKey, TableQuery } from '@/lib/shortlists/table';
import { STAGE_LABELS } from '@/lib/shortlists/records';
import { formatDate } from '@/lib/text/time';

const ROW_HEIGHT = 44;
/** What the table shows before the browser has measured it (and in tests, where nothing is measured). */
const INITIAL_VIEWPORT = { width: 960, height: 560 };

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'name', label: 'Candidate' },
  { key: 'stage', label: 'Stage' },
  { key: 'score', label: 'Score' },
  { key: 'evidenced', label: 'Must-haves' },
  { key: null, label: 'Flags' },
  { key: null, label: 'Tags' },
  { key: 'updated', label: 'Updated' },
];

export interface ShortlistTableProps {
  rows: readonly CandidateRow[];
  sort: TableQuery['sort'];
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  onOpen: (id: string) => void;
}

/**
 * The candidates of the current view. Only the rows in sight are in the
 * DOM, so 10 000 candidates scroll as smoothly as 10; the table still tells
 * assistive technology how many rows there are (aria-rowcount/rowindex).
 */
export function ShortlistTable({ rows, sort, onSort, selected, onToggle, onToggleAll, onOpen }: ShortlistTableProps) {
  const viewport = useRef<HTMLDivElement>(null);
  // The React Compiler skips this component (TanStack Virtual's functions can't be memoized); it re-renders on scroll by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => viewport.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: INITIAL_VIEWPORT,
    // A viewport not laid out yet (or hidden) measures 0: show a screenful rather than nothing.
    observeElementRect: (instance, onRect) => observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : INITIAL_VIEWPORT)),
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.summary.id));

  return (
    <div className="pyvet-table-viewport" ref={viewport} tabIndex={0} aria-label="Candidates, scrollable">
      <table className="pyvet-table" aria-rowcount={rows.length + 1} data-testid="candidate-table">
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="pyvet-select-cell">
              <input type="checkbox" checked={allSelected} onChange={onToggleAll} aria-label={`Select all ${rows.length} candidates in view`} />
            </th>
            {COLUMNS.map(({ key, label }) => (
              <th
                key={label}
                scope="col"
                aria-sort={key && sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {key ? (
                  <button type="button" className="pyvet-sort" onClick={() => onSort(key)}>
                    {label}
                    <span aria-hidden="true">{sort.key === key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                ) : (
                  label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }} />}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const { summary: candidate } = row;
            const { assessment } = candidate;
            return (
              <tr
                key={candidate.id}
                aria-rowindex={item.index + 2}
                aria-selected={selected.has(candidate.id)}
                data-testid="candidate-row"
                style={{ height: ROW_HEIGHT }}
              >
                <td className="pyvet-select-cell">
                  <input
                    type="checkbox"
                    checked={selected.has(candidate.id)}
                    onChange={() => onToggle(candidate.id)}
                    aria-label={`Select ${row.name}`}
                  />
                </td>
                <th scope="row">
                  <button type="button" className="pyvet-link-button" onClick={() => onOpen(candidate.id)} title="Details, history and merges">
                    {row.name}
                  </button>
                  {candidate.problem && (
                    <span title={`This record does not fit pyvet’s schema (${candidate.problem}); it is kept as it is.`}>
                      {' '}
                      (unreadable)
                    </span>
                  )}
                  {candidate.githubLogin && (
                    <>
                      {' '}
                      <a href={`https://github.com/${encodeURIComponent(candidate.githubLogin)}`} target="_blank" rel="noopener noreferrer">
                        @{candidate.githubLogin}
                      </a>
                    </>
                  )}
                </th>
                <td>{STAGE_LABELS[candidate.stage]}</td>
                <td>{candidate.averageScore === null ? '–' : candidate.averageScore.toFixed(1)}</td>
                <td title={assessment ? `Against ${assessment.role.name}` : 'Not assessed'}>
                  {assessment ? `${assessment.evidenced} of ${assessment.mustHaves}` : '–'}
                </td>
                <td>{assessment ? assessment.flags.length : '–'}</td>
                <td className="pyvet-tags">{candidate.tags.join(', ')}</td>
                <td>{formatDate(candidate.updatedAt)}</td>
              </tr>
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
