import { bench, describe } from 'vitest';
import { buildCandidateReport } from '@/lib/analysis/candidate-report';
import { syntheticAccount } from './synthetic-profile';

const NOW = Date.parse('2026-11-26T10:00:00Z');

describe('pure analysis (goal ≤ 50 ms)', () => {
  const account = syntheticAccount(300, NOW);
  bench('buildCandidateReport: 300 repositories, 5 examined (555 files each), 100 events', () => {
    buildCandidateReport(account, NOW);
  });
});
