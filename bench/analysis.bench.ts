import { bench, describe } from 'vitest';
import { buildCandidateReport } from '@/lib/analysis/candidate-report';
import { readGitHubPage } from '@/lib/readers/github/profile-page';
import { parseHtml, readSharedFixture } from '../test/support/fixtures';
import { syntheticAccount } from './synthetic-profile';

const NOW = Date.parse('2026-11-26T10:00:00Z');

describe('pure analysis (goal ≤ 50 ms)', () => {
  const account = syntheticAccount(300, NOW);
  bench('buildCandidateReport: 300 repositories, 5 examined (555 files each), 100 events', () => {
    buildCandidateReport(account, NOW);
  });
});

describe('page reading (what the sidebar needs before its first paint)', () => {
  const document = parseHtml(readSharedFixture('github-profile/defunkt.html'));
  const url = new URL('https://github.com/defunkt');
  bench('readGitHubPage: real defunkt profile (206 kB)', () => {
    readGitHubPage(document, url);
  });
});
