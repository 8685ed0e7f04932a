import { bench, describe } from 'vitest';
import { shortlistCsv } from '@/lib/shortlists/export/shortlist-export';
import { buildRows, DEFAULT_QUERY, queryRows, type TableQuery } from '@/lib/shortlists/table';
import { summarize } from '@/lib/shortlists/summary';
import { syntheticCandidates } from './synthetic-shortlist';

const NOW = Date.parse('2026-11-26T10:00:00Z');
const COUNT = 10_000;

// What a reviewer typically narrows to: a name fragment, the early stages, best scores first.
const FILTERED: TableQuery = {
  ...DEFAULT_QUERY,
  search: 'ana',
  stages: ['profile-filter', 'technical-screen'],
  sort: { key: 'score', direction: 'desc' },
};

describe('shortlist of 10 000 candidates: open + filter (goal ≤ 200 ms)', () => {
  const { candidates, shortlists } = syntheticCandidates(COUNT, NOW);
  const summaries = candidates.map(summarize);
  const rows = buildRows(summaries, shortlists);
  // Summaries fresh from IndexedDB are new objects each time the page opens: nothing is worked out yet.
  bench('buildRows: 10 000 summaries just read, 3 shortlists', () => {
    buildRows(summaries.map((summary) => ({ ...summary })), shortlists);
  });
  bench('buildRows after one write: 1 new summary of 10 000', () => {
    buildRows([{ ...summaries[0]! }, ...summaries.slice(1)], shortlists);
  });
  bench('queryRows: search term + 2 stages, sorted by score', () => {
    queryRows(rows, FILTERED);
  });
  bench('buildRows + queryRows (open + filter)', () => {
    queryRows(buildRows(summaries.map((summary) => ({ ...summary })), shortlists), FILTERED);
  });
});

describe('CSV export of 10 000 candidates (goal ≤ 1 s)', () => {
  const { candidates } = syntheticCandidates(COUNT, NOW);
  bench('shortlistCsv: 10 000 candidates', () => {
    shortlistCsv(candidates);
  });
});
