import { beforeAll, describe, expect, it } from 'vitest';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import type { RepoFacts } from '@/lib/analysis/evidence/snapshot';
import { evaluateFlags } from '@/lib/judgement/flags.ts';
import type { Thresholds } from '@/lib/judgement/scorecard';
import { scorecardFromTemplate } from '@/lib/judgement/templates';
import { RedFlagSchema, type FlagId, type RedFlag } from '@/lib/judgement/verdict';
import { repoFacts } from '../../support/repo-facts';
import { accountReport, NOW, realReport, recentRepo, repoSnapshot, thresholds } from './candidates';

let defunkt: CandidateReport;
let dingaan: CandidateReport;
beforeAll(async () => {
  defunkt = await realReport('defunkt');
  dingaan = await realReport('dingaanmanjate');
});

const backend = scorecardFromTemplate('backend', NOW);
const flagsOf = (report: CandidateReport | null, overrides: Partial<Thresholds> = {}, now = NOW): RedFlag[] =>
  evaluateFlags({ report, reading: null, scorecard: backend, thresholds: thresholds(overrides), now });
const idsOf = (report: CandidateReport, overrides: Partial<Thresholds> = {}, now = NOW) => flagsOf(report, overrides, now).map((flag) => flag.id);
const flag = (id: FlagId, report: CandidateReport, overrides: Partial<Thresholds> = {}) =>
  flagsOf(report, overrides).find((found) => found.id === id);

// What the fixture accounts hold (test/fixtures/github-api and raw/, read by hand):
// defunkt lists 6 repositories (one a fork never pushed to); its last own Python push was
// 2025-09-14, 14 months before NOW; pystache holds Python 2 and Django 1.4 markers;
// pystache-lite has tests, CI and a thorough README. dingaanmanjate lists 3 own repositories;
// etl-scripts (Python, last pushed 2025-11-30) has no tests, a 240-byte README and three
// notebooks against two .py files; its other two repositories have no README.
describe('portfolio flags on the real fixture reports', () => {
  it('flags defunkt for stale Python and an outdated stack, and nothing else', () => {
    const flags = flagsOf(defunkt);
    expect(flags.map((found) => [found.id, found.severity])).toEqual([
      ['stale-python', 'warn'],
      ['outdated-stack', 'warn'],
    ]);
    for (const found of flags) expect(RedFlagSchema.parse(found)).toEqual(found);
    expect(flags[0]).toEqual({
      id: 'stale-python',
      severity: 'warn',
      reason: 'The last push to a Python repository of their own was 14 months ago (more than 12): ask what Python they have written since.',
      evidence: [
        { kind: 'last-python-push', repo: 'defunkt/pystache-lite', path: null, url: 'https://github.com/defunkt/pystache-lite', detail: 'Last pushed 2025-09-14.' },
      ],
      probes: ['async-traps', 'gil'],
    });
    expect(flags[1]?.evidence.map((item) => item.detail)).toEqual([
      'Declares "Programming Language :: Python :: 2.6" (setup.py).',
      'Holds Django at ==1.4.2 (setup.py): no Django release below 5.2 gets fixes any more (as of 2026-11-30).',
    ]);
  });

  it('flags dingaanmanjate for no tests, an end-of-life Airflow, notebooks over code and thin docs, most severe first', () => {
    const flags = flagsOf(dingaan);
    expect(flags.map((found) => [found.id, found.severity])).toEqual([
      ['no-tests', 'high'],
      ['outdated-stack', 'warn'],
      ['notebook-only', 'warn'],
      ['thin-docs', 'info'],
    ]);
    expect(flags[0]?.reason).toBe(
      'The one opened Python repository has no tests (no test files, test folder or test configuration): ask how they know their code works.',
    );
    expect(flags[0]?.evidence.map((item) => item.url)).toEqual(['https://github.com/dingaanmanjate/etl-scripts']);
    expect(flags[1]?.evidence.map((item) => item.detail)).toEqual([
      'Holds Airflow at ==2.9.1 (requirements.txt): no Airflow release below 3.0 gets fixes any more (as of 2026-11-30).',
    ]);
    expect(flags[2]?.reason).toBe(
      'Notebooks are most of the opened Python work (3 notebooks against 2 .py files, in 1 repository): ask how they turn exploratory work into tested, importable code.',
    );
    expect(flags[2]?.evidence.map((item) => item.url)).toEqual(['https://github.com/dingaanmanjate/etl-scripts']);
    expect(flags[3]?.evidence.map((item) => item.detail)).toEqual(['README: README.md (240 bytes).', 'No README.', 'No README.']);
  });
});

describe('stale-python', () => {
  const withMonths = (report: CandidateReport, months: number | null): CandidateReport => ({
    ...report,
    activity: { ...report.activity, monthsSinceLastPythonPush: months },
  });
  it.each<[string, number | null, number, boolean]>([
    ['defunkt as it is', 14, 12, true],
    ['exactly at the limit', 12, 12, false],
    ['one month past the limit', 13, 12, true],
    ['dingaanmanjate (11 months) against 10', 11, 10, true],
    ['dingaanmanjate (11 months) against 11', 11, 11, false],
    ['a fresh push', 0, 1, false],
  ])('%s: %s months, limit %i → %s', (_, months, staleMonths, fires) => {
    expect(idsOf(withMonths(defunkt, months), { staleMonths }).includes('stale-python')).toBe(fires);
  });

  it('says nothing without any own Python repository (weak-python covers that)', () => {
    const report = { ...defunkt, activity: { ...defunkt.activity, lastOwnPythonPush: null, monthsSinceLastPythonPush: null } };
    expect(idsOf(report, { staleMonths: 1 })).not.toContain('stale-python');
  });

  it('ages a cached report: whole months since it was made count too', () => {
    const report = withMonths(dingaan, 11);
    expect(idsOf(report, { staleMonths: 12 }, NOW + 35 * 86_400_000)).not.toContain('stale-python');
    expect(idsOf(report, { staleMonths: 12 }, NOW + 61 * 86_400_000)).toContain('stale-python');
  });
});

describe('weak-python', () => {
  const withShare = (share: number | null): CandidateReport => ({ ...dingaan, activity: { ...dingaan.activity, pythonShareOfOwnRepos: share } });
  it.each<[number | null, number, boolean]>([
    [1 / 3, 0.3, false], // dingaanmanjate: one of three own repositories is Python
    [1 / 3, 0.34, true],
    [0.3, 0.3, false],
    [0.29, 0.3, true],
    [0, 0.3, true],
    [null, 0.3, false],
  ])('share %s against %s → %s', (share, weakPythonShare, fires) => {
    const found = flagsOf(withShare(share), { weakPythonShare }).find((item) => item.id === 'weak-python');
    expect(found !== undefined).toBe(fires);
  });

  it('reads the real share of dingaanmanjate against a stricter bar', () => {
    expect(flag('weak-python', dingaan, { weakPythonShare: 0.5 })).toMatchObject({
      severity: 'warn',
      reason: 'Only 33% of their own repositories are Python (below 50%): most of their public work is in other languages.',
      evidence: [],
    });
  });
});

describe('outdated-stack', () => {
  it('fires on any outdated marker and not without one', () => {
    expect(flag('outdated-stack', defunkt)?.evidence).toHaveLength(2);
    expect(flag('outdated-stack', { ...defunkt, outdated: defunkt.outdated.slice(0, 1) })?.reason).toBe(
      '1 sign of an outdated stack (Python 2, end-of-life versions): ask which current Python and framework versions they work with.',
    );
    expect(flag('outdated-stack', { ...defunkt, outdated: [] })).toBeUndefined();
  });
});

// Made-up accounts for the edges: three listed repositories, the least that is judged.
const api = recentRepo('api');
const cli = recentRepo('cli');
const site = recentRepo('site', { language: 'JavaScript' });

describe('no-tests', () => {
  it.each<[string, CandidateReport, boolean]>([
    ['fires on two Python repositories without tests', accountReport([api, cli, site], [repoSnapshot('api', ['app.py']), repoSnapshot('cli', ['cli.py'])]), true],
    ['not when one of them has a test module', accountReport([api, cli, site], [repoSnapshot('api', ['app.py']), repoSnapshot('cli', ['cli.py', 'test_cli.py'])]), false],
    ['not when one of them has a tests folder', accountReport([api, cli, site], [repoSnapshot('api', ['app.py']), repoSnapshot('cli', ['cli.py', 'tests/test_main.py'])]), false],
    ['not when only a JavaScript repository was opened', accountReport([api, cli, site], [repoSnapshot('site', ['index.js'])]), false],
    ['not on a cut-short tree without tests', accountReport([api, cli, site], [repoSnapshot('api', ['app.py'], {}, true)]), false],
  ])('%s', (_, report, fires) => {
    expect(idsOf(report).includes('no-tests')).toBe(fires);
  });

  it('names how many repositories it looked at and links each', () => {
    const report = accountReport([api, cli, site], [repoSnapshot('api', ['app.py']), repoSnapshot('cli', ['cli.py'])]);
    expect(flag('no-tests', report)).toMatchObject({
      severity: 'high',
      reason: 'None of the 2 opened Python repositories has tests (no test files, test folder or test configuration): ask how they know their code works.',
      evidence: [
        { kind: 'repo', repo: 'ada/api', path: null, url: 'https://github.com/ada/api' },
        { kind: 'repo', repo: 'ada/cli', path: null, url: 'https://github.com/ada/cli' },
      ],
      probes: ['test-strategy'],
    });
  });
});

describe('thin-docs', () => {
  const readme = (size: number) => repoSnapshot('api', [{ path: 'README.md', type: 'blob', size }, 'app.py']);
  it.each<[string, CandidateReport, boolean]>([
    ['fires on a 299-byte README (thin)', accountReport([api, cli, site], [readme(299)]), true],
    ['not on a 300-byte README, not read (basic)', accountReport([api, cli, site], [readme(300)]), false],
    ['fires with no README at all', accountReport([api, cli, site], [repoSnapshot('api', ['app.py'])]), true],
    // Plain-text READMEs have no headings: size and content judge them, not Markdown.
    ['not on a 400-byte plain-text README', accountReport([api, cli, site], [repoSnapshot('api', ['app.py'], { README: 'Loads shop orders into Postgres every night. '.repeat(9) })]), false],
    ['not with a MkDocs site beside a thin README', accountReport([api, cli, site], [repoSnapshot('api', [{ path: 'README.md', type: 'blob', size: 50 }, 'mkdocs.yml'])]), false],
    ['not when one of two is basic', accountReport([api, cli, site], [readme(100), repoSnapshot('cli', [{ path: 'README.md', type: 'blob', size: 5000 }])]), false],
    ['not with nothing opened', accountReport([api, cli, site]), false],
  ])('%s', (_, report, fires) => {
    expect(idsOf(report).includes('thin-docs')).toBe(fires);
  });
});

describe('notebook-only', () => {
  const files = (prefix: string, count: number, extension: string) => Array.from({ length: count }, (_, i) => `${prefix}${i}.${extension}`);
  const repo = (name: string, python: number, notebooks: number, extra: string[] = []) =>
    repoSnapshot(name, [...files('src/m', python, 'py'), ...files('nb/n', notebooks, 'ipynb'), ...extra]);
  const ml = recentRepo('ml');
  it.each<[string, CandidateReport, boolean]>([
    ['fires when notebooks outnumber .py files in the one Python repository', accountReport([api, cli, site], [repo('api', 2, 3)]), true],
    ['not on a tie', accountReport([api, cli, site], [repo('api', 3, 3)]), false],
    // Counted in files: one heavy notebook of images does not outweigh a package.
    ['not when one big notebook sits beside a package', accountReport([api, cli, site], [repoSnapshot('api', [...files('src/m', 5, 'py'), { path: 'eda.ipynb', type: 'blob', size: 34_000_000 }])]), false],
    ['fires when most Python repositories are notebook work', accountReport([api, cli, site, ml], [repo('api', 0, 4), repo('ml', 1, 6), repo('cli', 3, 1)]), true],
    ['not when only half of them are', accountReport([api, cli, site, ml], [repo('api', 0, 4), repo('cli', 3, 1)]), false],
    ['never beside a tested Python project', accountReport([api, cli, site, ml], [repo('api', 0, 9), repo('ml', 0, 9), repo('cli', 4, 0, ['tests/test_cli.py'])]), false],
    ['not without notebooks', accountReport([api, cli, site], [repo('api', 3, 0)]), false],
    ['not when only a JavaScript repository was opened', accountReport([api, cli, site], [repoSnapshot('site', ['index.js'])]), false],
  ])('%s', (_, report, fires) => {
    expect(idsOf(report).includes('notebook-only')).toBe(fires);
  });

  it('counts files across the Python repositories and links each notebook repository', () => {
    const report = accountReport([api, cli, site, ml], [repo('api', 0, 4), repo('ml', 1, 6), repo('cli', 3, 1)]);
    expect(flag('notebook-only', report)).toMatchObject({
      reason: 'Notebooks are most of the opened Python work (11 notebooks against 4 .py files, in 2 of 3 repositories): ask how they turn exploratory work into tested, importable code.',
      evidence: [
        { kind: 'repo', repo: 'ada/api', url: 'https://github.com/ada/api', detail: '4 notebooks, 0 .py files.' },
        { kind: 'repo', repo: 'ada/ml', url: 'https://github.com/ada/ml', detail: '6 notebooks, 1 .py file.' },
      ],
    });
  });
});

// Repositories as the account's listing describes them.
const tutorial = (name: string) => repoFacts(name, { createdAt: '2020-01-01T00:00:00Z', pushedAt: '2020-01-02T00:00:00Z' });
const untouchedFork = (name: string) =>
  repoFacts(name, { fork: true, parentFullName: `someone/${name}`, createdAt: '2024-05-01T10:00:00Z', pushedAt: '2024-04-01T10:00:00Z' });
const pushedFork = (name: string) =>
  repoFacts(name, { fork: true, parentFullName: `someone/${name}`, createdAt: '2024-05-01T10:00:00Z', pushedAt: '2024-08-01T10:00:00Z' });
// An own repository with little to show (score 4 of 9: size, not archived, worked on, recent) …
const plainOwn = recentRepo('ledger');
// … and one that stands out (plus a description and topics: 6).
const polishedOwn = recentRepo('ledger', { description: 'Double-entry ledger service', topics: ['accounting'] });

describe('generic-projects and fork-only', () => {
  it.each<[string, FlagId[], RepoFacts[]]>([
    ['3 of 4 tutorial work or untouched forks', ['generic-projects'], [tutorial('todo-app'), tutorial('weather-app'), untouchedFork('flask'), plainOwn]],
    ['2 of 4: not most', [], [tutorial('todo-app'), untouchedFork('flask'), plainOwn, recentRepo('billing')]],
    ['3 of 4, but one polished repository', [], [tutorial('todo-app'), tutorial('weather-app'), untouchedFork('flask'), polishedOwn]],
    ['forks pushed to are not untouched', [], [tutorial('todo-app'), pushedFork('flask'), pushedFork('django'), plainOwn]],
    ['forks only', ['fork-only'], [untouchedFork('flask'), untouchedFork('django'), pushedFork('requests')]],
    ['forks and one tutorial', ['generic-projects'], [untouchedFork('flask'), untouchedFork('django'), tutorial('calculator')]],
    ['too few to judge: two forks', [], [untouchedFork('flask'), untouchedFork('django')]],
    ['too few to judge: two tutorials', [], [tutorial('todo-app'), tutorial('calculator')]],
  ])('%s → %j', (_, expected, repos) => {
    const ids = idsOf(accountReport(repos)).filter((id) => id === 'generic-projects' || id === 'fork-only');
    expect(ids).toEqual(expected);
  });

  it('links the tutorial work and forks it counted', () => {
    const report = accountReport([tutorial('todo-app'), tutorial('weather-app'), untouchedFork('flask'), plainOwn]);
    expect(flag('generic-projects', report)).toMatchObject({
      severity: 'warn',
      reason: '3 of 4 listed repositories are tutorial or course work or forks with no own commits, and none stands out as polished: ask what they built that had real constraints.',
      probes: ['async-traps', 'database-isolation', 'test-strategy'],
    });
    expect(flag('generic-projects', report)?.evidence.map((item) => [item.kind, item.repo])).toEqual([
      ['tutorial-clone', 'ada/todo-app'],
      ['tutorial-clone', 'ada/weather-app'],
      ['fork-no-own-commits', 'ada/flask'],
    ]);
    expect(flag('fork-only', accountReport([untouchedFork('flask'), untouchedFork('django'), pushedFork('requests')]))?.reason).toBe(
      'All 3 listed repositories are forks: nothing public shows code of their own, so ask for a sample or a walkthrough of work they wrote.',
    );
  });
});

describe('thin public evidence raises no portfolio flag', () => {
  it('stays silent on two stale, untested, undocumented Python repositories', () => {
    const old = (name: string) => repoFacts(name, { createdAt: '2015-01-01T00:00:00Z', pushedAt: '2016-01-01T00:00:00Z' });
    const report = accountReport([old('a'), old('b')], [repoSnapshot('a', ['a.py', 'eda.ipynb']), repoSnapshot('b', ['b.py'])]);
    expect(report.activity.monthsSinceLastPythonPush).toBeGreaterThan(12);
    expect(flagsOf(report, { weakPythonShare: 1 })).toEqual([]);
  });

  it('stays silent with no report at all', () => {
    expect(flagsOf(null)).toEqual([]);
  });
});
