import { describe, expect, it } from 'vitest';
import { buildActivitySeries, type ActivityMonth, type ContributionsByRepo } from '@/lib/analysis/activity';
import { repoFacts } from '../../support/repo-facts';

// Old enough (2015) to stay out of every window below unless a test says otherwise.
const repo = repoFacts;

const event = (type: string, repoName: string, createdAt: string, payload: Record<string, unknown> = {}) => ({
  type,
  repo: { name: repoName },
  created_at: createdAt,
  payload,
});

const push = (repoName: string, createdAt: string, commits: number) =>
  event('PushEvent', repoName, createdAt, { size: commits, distinct_size: commits });

const NOW = Date.parse('2026-01-15T12:00:00Z');

function month(report: { months: ActivityMonth[] }, label: string): ActivityMonth | undefined {
  return report.months.find((entry) => entry.month === label);
}

const zero = (label: string): ActivityMonth => ({ month: label, python: 0, notebook: 0, other: 0, unknown: 0 });

describe('buildActivitySeries: the twelve months', () => {
  it('lists the last 12 calendar months, oldest first, across the year boundary', () => {
    const report = buildActivitySeries({ repos: [], events: [], now: NOW });
    expect(report.months.map((entry) => entry.month)).toEqual([
      '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07',
      '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01',
    ]);
    expect(report.months.every((entry) => entry.python + entry.notebook + entry.other + entry.unknown === 0)).toBe(
      true,
    );
  });

  it('at the first instant of January, January is the current month and December the one before', () => {
    const now = Date.parse('2026-01-01T00:00:00.000Z');
    const report = buildActivitySeries({
      repos: [repo('py')],
      events: [push('ada/py', '2025-12-31T23:59:59Z', 2), push('ada/py', '2026-01-01T00:00:00Z', 5)],
      now,
    });
    expect(report.months[0]?.month).toBe('2025-02');
    expect(report.months.at(-1)).toEqual({ ...zero('2026-01'), python: 5 });
    expect(month(report, '2025-12')).toEqual({ ...zero('2025-12'), python: 2 });
  });

  it('at the last instant of December, December is still the current month', () => {
    const now = Date.parse('2025-12-31T23:59:59.999Z');
    const report = buildActivitySeries({
      repos: [repo('py')],
      events: [push('ada/py', '2025-12-31T23:59:59.999Z', 1)],
      now,
    });
    expect(report.months.map((entry) => entry.month)).toEqual([
      '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06',
      '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12',
    ]);
    expect(report.months.at(-1)?.python).toBe(1);
  });

  it('files activity by its UTC month, not the local one', () => {
    const report = buildActivitySeries({
      repos: [repo('py')],
      // 00:30 on New Year's Day in Paris is still 31 December in UTC.
      events: [push('ada/py', '2026-01-01T00:30:00+01:00', 4)],
      now: NOW,
    });
    expect(month(report, '2025-12')?.python).toBe(4);
    expect(month(report, '2026-01')?.python).toBe(0);
  });
});

describe('buildActivitySeries: from public events', () => {
  it('counts Jupyter notebooks apart from Python, and other languages apart from both', () => {
    const report = buildActivitySeries({
      repos: [repo('py'), repo('nb', { language: 'Jupyter Notebook' }), repo('go', { language: 'Go' }), repo('docs', { language: null })],
      events: [
        push('ada/py', '2026-01-10T10:00:00Z', 3),
        push('ada/nb', '2026-01-10T10:00:00Z', 2),
        push('ada/go', '2026-01-10T10:00:00Z', 1),
        push('ada/docs', '2026-01-10T10:00:00Z', 1),
      ],
      now: NOW,
    });
    expect(report.source).toBe('events+repo-dates');
    expect(month(report, '2026-01')).toEqual({ ...zero('2026-01'), python: 3, notebook: 2, other: 2 });
  });

  it('counts a push by its new commits, falling back to its size, then to 1; other actions once; stars and forks not at all', () => {
    const report = buildActivitySeries({
      repos: [repo('py')],
      events: [
        event('PushEvent', 'ada/py', '2026-01-02T00:00:00Z', { size: 9, distinct_size: 2 }),
        event('PushEvent', 'ada/py', '2026-01-03T00:00:00Z', { size: 3 }),
        event('PushEvent', 'ada/py', '2026-01-04T00:00:00Z', { ref: 'refs/heads/main' }),
        event('PullRequestEvent', 'ada/py', '2026-01-05T00:00:00Z', { action: 'opened' }),
        event('IssuesEvent', 'ada/py', '2026-01-06T00:00:00Z'),
        event('WatchEvent', 'ada/py', '2026-01-07T00:00:00Z'),
        event('ForkEvent', 'ada/py', '2026-01-08T00:00:00Z'),
      ],
      now: NOW,
    });
    expect(month(report, '2026-01')?.python).toBe(2 + 3 + 1 + 1 + 1);
  });

  it('puts events in repositories outside the list in "unknown", and says so', () => {
    const report = buildActivitySeries({
      repos: [repo('py')],
      events: [
        push('pallets/flask', '2026-01-05T00:00:00Z', 3),
        event('PullRequestReviewEvent', 'python/cpython', '2026-01-06T00:00:00Z'),
      ],
      now: NOW,
    });
    expect(month(report, '2026-01')).toEqual({ ...zero('2026-01'), unknown: 4 });
    expect(report.coverageNotes).toContain(
      "4 of these counts come from repositories outside this account's list (such as contributions to others' projects), whose language is unknown.",
    );
  });

  it('matches repository names whatever their case', () => {
    const report = buildActivitySeries({
      repos: [repo('PyGithub', { fullName: 'Ada/PyGithub' })],
      events: [push('ada/pygithub', '2026-01-05T00:00:00Z', 2)],
      now: NOW,
    });
    expect(month(report, '2026-01')).toEqual({ ...zero('2026-01'), python: 2 });
  });

  it('drops events that do not parse, keeps the rest, and counts what it dropped', () => {
    const report = buildActivitySeries({
      repos: [repo('py')],
      events: [
        push('ada/py', '2026-01-05T00:00:00Z', 2),
        null,
        'PushEvent',
        {},
        { type: 'PushEvent', repo: {}, created_at: '2026-01-05T00:00:00Z', payload: {} },
        { type: 'PushEvent', repo: { name: 'ada/py' }, created_at: 'last Tuesday', payload: {} },
        { type: null, repo: { name: 'ada/py' }, created_at: '2026-01-05T00:00:00Z', payload: {} },
        // A bad commit figure is forgotten, not fatal: this push still counts once.
        event('PushEvent', 'ada/py', '2026-01-06T00:00:00Z', { size: 'many', distinct_size: -1 }),
      ],
      now: NOW,
    });
    expect(month(report, '2026-01')?.python).toBe(3);
    expect(report.coverageNotes).toContain('6 events from GitHub could not be read and were left out.');
  });

  it('ignores events outside the twelve months', () => {
    const report = buildActivitySeries({
      repos: [repo('py')],
      events: [push('ada/py', '2025-01-31T23:59:59Z', 7), push('ada/py', '2026-02-01T00:00:00Z', 7)],
      now: NOW,
    });
    expect(report.months.reduce((sum, entry) => sum + entry.python, 0)).toBe(0);
  });
});

describe('buildActivitySeries: repository dates for older months', () => {
  it('counts each own repository’s creation and last push once, leaving forks and dates outside the year out', () => {
    const report = buildActivitySeries({
      repos: [
        repo('py', { createdAt: '2025-06-10T00:00:00Z', pushedAt: '2025-09-01T00:00:00Z' }),
        repo('nb', { language: 'Jupyter Notebook', createdAt: '2025-06-20T00:00:00Z', pushedAt: null }),
        repo('forked', { fork: true, createdAt: '2025-06-01T00:00:00Z', pushedAt: '2025-07-01T00:00:00Z' }),
        repo('old', { createdAt: '2019-01-01T00:00:00Z', pushedAt: '2025-02-01T00:00:00Z' }),
      ],
      events: [],
      now: NOW,
    });
    expect(month(report, '2025-06')).toEqual({ ...zero('2025-06'), python: 1, notebook: 1 });
    expect(month(report, '2025-09')).toEqual({ ...zero('2025-09'), python: 1 });
    expect(month(report, '2025-07')).toEqual(zero('2025-07'));
    expect(month(report, '2025-02')).toEqual({ ...zero('2025-02'), python: 1 });
  });

  it('leaves dates within the events’ 30 days to the events, so a recent push is not counted twice', () => {
    const report = buildActivitySeries({
      repos: [repo('py', { createdAt: '2025-11-01T00:00:00Z', pushedAt: '2026-01-10T09:00:00Z' })],
      events: [push('ada/py', '2026-01-10T09:00:00Z', 2)],
      now: NOW,
    });
    expect(month(report, '2026-01')?.python).toBe(2);
    expect(month(report, '2025-11')?.python).toBe(1);
  });

  it('counts repository dates right up to today when the events could not be read, and says so', () => {
    const report = buildActivitySeries({
      repos: [repo('py', { createdAt: '2025-11-01T00:00:00Z', pushedAt: '2026-01-10T09:00:00Z' })],
      events: null,
      now: NOW,
    });
    expect(month(report, '2026-01')?.python).toBe(1);
    expect(month(report, '2025-11')?.python).toBe(1);
    expect(report.coverageNotes[0]).toBe(
      "GitHub's public events could not be read, so every month counts only repository creation and last-push dates, one each.",
    );
  });

  it('explains what events and repository dates cannot see', () => {
    const report = buildActivitySeries({ repos: [], events: [], now: NOW });
    expect(report.coverageNotes).toEqual([
      "GitHub's public events cover only about the last 30 days (at most 300 events); older months count only repository creation and last-push dates, one each.",
      "A repository's last push hides its earlier pushes, so older months undercount steady work.",
      'A push counts its new commits (or 1 where GitHub does not say how many); issues, pull requests, reviews and other public actions count 1 each; starring and forking are not counted.',
      'Private and company work is invisible.',
    ]);
  });
});

describe('buildActivitySeries: from token-only contributions', () => {
  const contributions: ContributionsByRepo = [
    {
      repo: 'ada/py',
      language: 'Python',
      days: [
        { date: '2025-12-31', commits: 4 },
        { date: '2026-01-01', commits: 2 },
        // Outside the twelve months.
        { date: '2025-01-31', commits: 50 },
      ],
    },
    { repo: 'pallets/flask', language: 'Python', days: [{ date: '2026-01-03', commits: 3 }] },
    // The list says notebook: the list wins over what contributions say.
    { repo: 'ada/nb', language: 'Python', days: [{ date: '2026-01-04', commits: 5 }] },
    { repo: 'rust-lang/rust', language: 'Rust', days: [{ date: '2025-11-15', commits: 1 }] },
  ];

  it('replaces events and repository dates entirely', () => {
    const report = buildActivitySeries({
      repos: [
        repo('py', { createdAt: '2025-06-10T00:00:00Z', pushedAt: '2025-09-01T00:00:00Z' }),
        repo('nb', { language: 'Jupyter Notebook' }),
      ],
      events: [push('ada/py', '2026-01-10T00:00:00Z', 99), push('someone/else', '2026-01-10T00:00:00Z', 99)],
      contributions,
      now: NOW,
    });
    expect(report.source).toBe('contributions');
    expect(month(report, '2026-01')).toEqual({ ...zero('2026-01'), python: 2 + 3, notebook: 5 });
    expect(month(report, '2025-12')).toEqual({ ...zero('2025-12'), python: 4 });
    expect(month(report, '2025-11')).toEqual({ ...zero('2025-11'), other: 1 });
    // No repository dates: June and September stay empty.
    expect(month(report, '2025-06')).toEqual(zero('2025-06'));
    expect(month(report, '2025-09')).toEqual(zero('2025-09'));
    expect(report.coverageNotes).toEqual([
      'Counts are commits GitHub credits to this account, day by day; issues, pull requests and reviews are not counted.',
      'Commits made under an email address not linked to the account are not credited to it.',
      'Private and company work is invisible.',
    ]);
  });

  it('treats an empty contributions list as "no commits", not as missing', () => {
    const report = buildActivitySeries({
      repos: [repo('py')],
      events: [push('ada/py', '2026-01-10T00:00:00Z', 3)],
      contributions: [],
      now: NOW,
    });
    expect(report.source).toBe('contributions');
    expect(month(report, '2026-01')?.python).toBe(0);
  });

  it('falls back to events when contributions are null', () => {
    const report = buildActivitySeries({
      repos: [repo('py')],
      events: [push('ada/py', '2026-01-10T00:00:00Z', 3)],
      contributions: null,
      now: NOW,
    });
    expect(report.source).toBe('events+repo-dates');
    expect(month(report, '2026-01')?.python).toBe(3);
  });
});

describe('buildActivitySeries: the candidate’s own Python', () => {
  it('finds the last push to an own Python repository, leaving forks and notebooks out', () => {
    const report = buildActivitySeries({
      repos: [
        repo('lib', { pushedAt: '2025-10-31T12:00:00Z' }),
        repo('older', { pushedAt: '2024-03-01T00:00:00Z' }),
        repo('forked', { fork: true, pushedAt: '2026-01-14T00:00:00Z' }),
        repo('nb', { language: 'Jupyter Notebook', pushedAt: '2026-01-14T00:00:00Z' }),
        repo('empty', { pushedAt: null }),
      ],
      events: [],
      now: Date.parse('2026-01-30T12:00:00Z'),
    });
    expect(report.lastOwnPythonPush).toEqual({
      repo: 'ada/lib',
      url: 'https://github.com/ada/lib',
      pushedAt: '2025-10-31T12:00:00Z',
    });
    // 31 October to 30 January: the third month is not yet whole (January has no 31st until tomorrow).
    expect(report.monthsSinceLastPythonPush).toBe(2);
  });

  it('counts a month as whole once its day and time come round again', () => {
    const repos = [repo('lib', { pushedAt: '2025-10-31T12:00:00Z' })];
    const at = (now: string) => buildActivitySeries({ repos, events: [], now: Date.parse(now) }).monthsSinceLastPythonPush;
    expect(at('2026-01-31T11:59:59Z')).toBe(2);
    expect(at('2026-01-31T12:00:00Z')).toBe(3);
    expect(at('2025-10-31T12:00:00Z')).toBe(0);
    // A push stamped after "now" (clock skew) is simply recent.
    expect(at('2025-10-01T00:00:00Z')).toBe(0);
  });

  it('says null when there is no own Python push', () => {
    const report = buildActivitySeries({
      repos: [repo('forked', { fork: true }), repo('go', { language: 'Go' }), repo('empty', { pushedAt: null })],
      events: [],
      now: NOW,
    });
    expect(report.lastOwnPythonPush).toBeNull();
    expect(report.monthsSinceLastPythonPush).toBeNull();
  });

  it('gives the Python share of own repositories that have a language', () => {
    const report = buildActivitySeries({
      repos: [
        repo('a'),
        repo('b'),
        repo('nb', { language: 'Jupyter Notebook' }),
        repo('go', { language: 'Go' }),
        repo('docs', { language: null }),
        repo('forked', { fork: true }),
      ],
      events: [],
      now: NOW,
    });
    expect(report.pythonShareOfOwnRepos).toBe(2 / 4);
  });

  it('gives no Python share when no own repository has a language', () => {
    const report = buildActivitySeries({
      repos: [repo('docs', { language: null }), repo('forked', { fork: true })],
      events: [],
      now: NOW,
    });
    expect(report.pythonShareOfOwnRepos).toBeNull();
  });
});
