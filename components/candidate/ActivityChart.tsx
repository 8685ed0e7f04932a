import type { ActivityReport } from '@/lib/analysis/activity';

const BAR_WIDTH = 16;
const GAP = 4;
const HEIGHT = 48;

const SERIES = [
  { key: 'python', label: 'Python', className: 'pyvet-bar-python' },
  { key: 'notebook', label: 'Notebooks', className: 'pyvet-bar-notebook' },
  { key: 'other', label: 'Other languages', className: 'pyvet-bar-other' },
  { key: 'unknown', label: 'Elsewhere', className: 'pyvet-bar-unknown' },
] as const;

/** Twelve months of activity as stacked bars: Python, notebooks, everything else. */
export function ActivityChart({ activity }: { activity: ActivityReport }) {
  const totals = activity.months.map((month) => month.python + month.notebook + month.other + month.unknown);
  const peak = Math.max(1, ...totals);
  const python = activity.months.reduce((sum, month) => sum + month.python, 0);
  const all = totals.reduce((sum, total) => sum + total, 0);
  const summary =
    all === 0
      ? 'No public activity in the last 12 months.'
      : `${python} of ${all} activity counts in the last 12 months were in Python repositories.`;

  return (
    <figure className="pyvet-activity" data-testid="activity">
      <svg
        role="img"
        aria-label={summary}
        width={activity.months.length * (BAR_WIDTH + GAP)}
        height={HEIGHT}
        viewBox={`0 0 ${activity.months.length * (BAR_WIDTH + GAP)} ${HEIGHT}`}
      >
        {activity.months.map((month, index) => {
          let top = HEIGHT;
          return (
            <g key={month.month}>
              <title>{`${month.month}: ${SERIES.map((series) => `${month[series.key]} ${series.label.toLowerCase()}`).join(', ')}`}</title>
              {SERIES.map((series) => {
                const height = (month[series.key] / peak) * (HEIGHT - 2);
                top -= height;
                return height > 0 ? (
                  <rect key={series.key} className={series.className} x={index * (BAR_WIDTH + GAP)} y={top} width={BAR_WIDTH} height={height} />
                ) : null;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {summary}{' '}
        <span className="pyvet-legend">
          {SERIES.slice(0, 3).map((series) => (
            <span key={series.key} className={`pyvet-legend-item ${series.className}`}>
              {series.label}
            </span>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}
