import { bench, describe } from 'vitest';
import { shortlistCsv } from '@/lib/shortlists/export/shortlist-export';
import { buildRows, DEFAULT_QUERY, queryRows, type TableQuery } from '@/lib/shortlists/table';
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
  const rows = buildRows(candidates, shortlists);
  bench('buildRows: 10 000 candidates, 3 shortlists', () => {
    buildRows(candidates, shortlists);
  });
  bench('queryRows: search term + 2 stages, sorted by score', () => {
    queryRows(rows, FILTERED);
  });
  bench('buildRows + queryRows (open + filter)', () => {
    queryRows(buildRows(candidates, shortlists), FILTERED);
  });
});

describe('CSV export of 10 000 candidates (goal ≤ 1 s)', () => {
  const { candidates } = syntheticCandidates(COUNT, NOW);
  bench('shortlistCsv: 10 000 candidates', () => {
    shortlistCsv(candidates);
  });
});
