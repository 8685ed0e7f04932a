import { FLAG_LABELS } from '@/lib/judgement/flag-labels';
import type { CellStatus, Comparison } from '@/lib/shortlists/table';
import { STAGE_LABELS } from '@/lib/shortlists/records';
import { KIT_LABELS } from '@/lib/judgement/funnel';
import { formatDate } from '@/lib/text/time';
import { usePanelFocus } from '../common/usePanelFocus';

const STATUS_TEXT: Record<CellStatus, string> = {
  evidenced: '✓ evidenced',
  claimed: 'claimed only',
  unread: 'unknown (manifest not read)',
  'not-found': '✗ not found',
  'ask-in-interview': 'ask in interview',
  unknown: 'not assessed',
};

/** 2-4 candidates side by side on the active role's must-haves: pyvet's evidence, the reviewer's scores and stage outcomes. */
export function CompareCandidates(props: { comparison: Comparison; onClose: () => void }) {
  const { role, columns, rows, outcomes } = props.comparison;
  const { heading, onKeyDown } = usePanelFocus(props.onClose, props.comparison);
  return (
    <section className="pyvet-panel" aria-labelledby="pyvet-compare-title" data-testid="compare" onKeyDown={onKeyDown}>
      <h2 id="pyvet-compare-title" ref={heading} tabIndex={-1}>
        Compare on “{role.name}”
      </h2>
      <div className="pyvet-scroll-x">
        <table className="pyvet-table pyvet-compare">
          <thead>
            <tr>
              <th scope="col">Must-have</th>
              {columns.map((column) => (
                <th key={column.id} scope="col">
                  {column.name}
                  {column.assessedAgainst && <div className="pyvet-hint">assessed against {column.assessedAgainst}</div>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.skill}>
                <th scope="row">{row.skill}</th>
                {row.cells.map((cell, index) => (
                  <td key={columns[index]?.id ?? index} className={`pyvet-status-${cell.status}`}>
                    {STATUS_TEXT[cell.status]}
                    {cell.score !== null && ` · ${cell.score}/5`}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">Stage</th>
              {columns.map((column) => (
                <td key={column.id}>{STAGE_LABELS[column.stage]}</td>
              ))}
            </tr>
            {outcomes.map((row) => (
              <tr key={row.kit} data-testid="compare-outcome">
                <th scope="row">{KIT_LABELS[row.kit]}</th>
                {row.cells.map((cell, index) => (
                  <td key={columns[index]?.id ?? index}>{cell ? `${cell.result} (${formatDate(cell.at)})` : 'no outcome yet'}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">Average score</th>
              {columns.map((column) => (
                <td key={column.id}>{column.averageScore === null ? '–' : column.averageScore.toFixed(1)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Red flags</th>
              {columns.map((column) => (
                <td key={column.id}>{column.flags.length ? column.flags.map((flag) => FLAG_LABELS[flag]).join(', ') : 'none'}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <button type="button" onClick={props.onClose}>
        Close comparison
      </button>
    </section>
  );
}
