import { bench, describe } from 'vitest';
import { buildCandidateReport } from '@/lib/analysis/candidate-report';
import { REPOS_PER_PAGE } from '@/lib/github/client';
import { syntheticAccount } from './synthetic-profile';

const NOW = Date.parse('2026-11-26T10:00:00Z');

// The most repositories an analysis can get: both gatherers read one page of 100 (REST per_page, GraphQL first).
describe('pure analysis (goal ≤ 50 ms)', () => {
  const account = syntheticAccount(REPOS_PER_PAGE, NOW);
  bench(`buildCandidateReport: ${REPOS_PER_PAGE} repositories (the most the analysis reads), 5 examined (555 files each), 100 events`, () => {
    buildCandidateReport(account, NOW);
  });
});
