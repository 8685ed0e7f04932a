const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 months ago", "yesterday", "just now": how long before `now` a moment was. */
export function formatTimeAgo(epochMs: number, now: number): string {
  const elapsed = now - epochMs;
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return relativeFormat.format(-Math.floor(elapsed / size), unit);
  }
  return 'just now';
}

/** A calendar date as YYYY-MM-DD, the same in every locale. */
export function formatDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}
