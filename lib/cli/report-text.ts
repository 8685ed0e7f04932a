import { describeCost, type CandidateReport } from '../analysis/candidate-report';
import { formatDate } from '../text/time';

const percent = (share: number | null) => (share === null ? 'n/a' : `${Math.round(share * 100)}%`);

/** The candidate report as plain text for a terminal. */
export function formatReportText(report: CandidateReport): string {
  const lines: string[] = [];
  lines.push(`${report.login}${report.name ? ` — ${report.name}` : ''} (${report.profileUrl})`);
  if (report.isOrganization) {
    lines.push('This is an organization, not a person: pyvet vets individual developers.');
    return lines.join('\n');
  }
  const lastPush = report.activity.lastOwnPythonPush;
  lines.push(
    `Public repositories: ${report.publicRepos} · Python: ${report.pythonRepos}` +
      (report.pythonForks ? ` (${report.pythonForks} forks)` : '') +
      ` · last push to own Python repo: ${lastPush ? `${lastPush.repo} ${formatDate(Date.parse(lastPush.pushedAt))}` : 'none'}`,
  );
  lines.push(`Python share of code opened: ${percent(report.codeBytes.pythonShare)}`);
  const totals = report.activity.months.reduce(
    (sum, month) => ({ python: sum.python + month.python, notebook: sum.notebook + month.notebook, rest: sum.rest + month.other + month.unknown }),
    { python: 0, notebook: 0, rest: 0 },
  );
  lines.push(`Activity, last 12 months: ${totals.python} Python, ${totals.notebook} notebooks, ${totals.rest} other`);

  lines.push('', 'Repositories opened:');
  for (const repo of report.repos) {
    const tests = repo.tests.present
      ? `tests ✓ ${repo.tests.testFileCount} files${repo.tests.ciRunsTests === 'yes' ? ', run in CI' : ''}`
      : 'tests ✗';
    const unread = repo.stack.manifestsUnread.join(', ');
    const stack =
      repo.stack.skills.map((skill) => skill.name).join(', ') || (unread ? `stack unknown (${unread} not read)` : 'no stack found');
    const tooling = repo.stack.tooling.length > 0 ? ` · develops with ${repo.stack.tooling.map((skill) => skill.name).join(', ')}` : '';
    lines.push(`  ${repo.repo} [${repo.originality}] ${tests} · docs ${repo.docs.depth} · ${stack}${tooling}${repo.partial ? ' (partial)' : ''}`);
    const firstEvidence = repo.tests.present ? repo.tests.evidence[0] : undefined;
    if (firstEvidence) lines.push(`    ${firstEvidence.url}`);
  }
  if (report.outdated.length > 0) {
    lines.push('', 'Outdated stack:');
    for (const item of report.outdated) lines.push(`  ${item.detail} — ${item.url}`);
  }
  lines.push('', 'What this cannot see:');
  for (const note of report.coverage) lines.push(`  - ${note}`);
  lines.push(
    '',
    `Cost: ${describeCost(report.cost)} (${report.cost.mode}).`,
  );
  return lines.join('\n');
}

export const BATCH_CSV_HEADER = [
  'login',
  'name',
  'public_repos',
  'python_repos',
  'python_forks',
  'last_python_push',
  'python_share_of_code',
  'repos_with_tests',
  'repos_opened',
  'skills',
  'outdated_markers',
  'profile_url',
] as const;

/** One CSV row per candidate for batch runs. */
export function reportCsvRow(report: CandidateReport): (string | number)[] {
  return [
    report.login,
    report.name ?? '',
    report.publicRepos,
    report.pythonRepos,
    report.pythonForks,
    report.activity.lastOwnPythonPush?.pushedAt ?? '',
    report.codeBytes.pythonShare ?? '',
    report.repos.filter((repo) => repo.tests.present).length,
    report.repos.length,
    report.skills.map((skill) => skill.name).join('; '),
    report.outdated.length,
    report.profileUrl,
  ];
}
