import { describe, expect, it } from 'vitest';
import type { RepoFacts } from '@/lib/analysis/evidence/snapshot';
import { assessOriginality, type RepoVerdict } from '@/lib/analysis/originality';
import { GitHubRepoListSchema } from '@/lib/github/schemas';
import { repoFactsFromRest } from '@/lib/github/rest-mapping';
import { readOwnFixture } from '../../support/fixtures';
import { repoFacts } from '../../support/repo-facts';

const NOW = Date.parse('2026-01-15T12:00:00Z');

/** An own repository with little to show unless a test says otherwise. */
const repo = (name: string, overrides: Partial<RepoFacts> = {}): RepoFacts =>
  repoFacts(name, { sizeKb: 20, createdAt: '2020-03-01T10:00:00Z', pushedAt: '2020-03-01T10:00:00Z', ...overrides });

const fork = (name: string, createdAt: string, pushedAt: string | null, overrides: Partial<RepoFacts> = {}) =>
  repo(name, { fork: true, createdAt, pushedAt, ...overrides });

function verdictOf(subject: RepoFacts): RepoVerdict {
  const verdict = assessOriginality([subject], NOW).verdicts[0];
  if (!verdict) throw new Error('no verdict');
  return verdict;
}

const kindOf = (subject: RepoFacts) => verdictOf(subject).kind;

describe('assessOriginality: forks', () => {
  it('calls a fork never pushed to, or pushed only before it was forked, a fork with no own commits', () => {
    expect(kindOf(fork('never', '2024-05-01T10:00:00Z', null))).toBe('fork-no-own-commits');
    // A fresh fork carries the original's last push, which is older than the fork.
    expect(kindOf(fork('inherited', '2024-05-01T10:00:00Z', '2024-04-20T08:00:00Z'))).toBe('fork-no-own-commits');
  });

  it('allows one minute of grace after forking before a push counts', () => {
    expect(kindOf(fork('same-minute', '2024-05-01T10:00:00Z', '2024-05-01T10:01:00Z'))).toBe('fork-no-own-commits');
    expect(kindOf(fork('just-after', '2024-05-01T10:00:00Z', '2024-05-01T10:01:01Z'))).toBe('fork-with-pushes');
  });

  it('says a fork pushed to later proves no authorship, and names the original when known', () => {
    const verdict = verdictOf(
      fork('requests', '2024-05-01T10:00:00Z', '2024-08-01T10:00:00Z', { parentFullName: 'psf/requests' }),
    );
    expect(verdict).toEqual({
      repo: 'ada/requests',
      url: 'https://github.com/ada/requests',
      kind: 'fork-with-pushes',
      reason:
        "Fork of psf/requests, pushed to 3 months after forking; pushes may only sync the original, so they don't prove the candidate wrote anything.",
    });
  });

  it('judges a fork as a fork even when its name looks like a tutorial', () => {
    expect(kindOf(fork('todo-app', '2024-05-01T10:00:00Z', null))).toBe('fork-no-own-commits');
  });
});

describe('assessOriginality: tutorial and course work', () => {
  it.each([
    'todo',
    'simple-todo-app',
    'TodoApp',
    'to-do-list',
    'todolist',
    'my_first_flask_app',
    'MyFirstProject',
    '100-days-of-code',
    '100DaysOfCode',
    'tic-tac-toe',
    'TicTacToe',
    'hangman-game',
    'weather-app',
    'WeatherApp',
    'python-calculator',
    'SimpleCalculator',
    'my-portfolio',
    'portfolio-website',
    'django-blog',
    'flask-crud-app',
    'flask-boilerplate',
    'django-starter',
    'learning-python',
    'python-practice',
    'assignment-2',
    'netflix-clone',
    'amazon-clone-django',
    'hello-world',
    'rock-paper-scissors',
  ])('flags the name %s', (name) => {
    expect(kindOf(repo(name))).toBe('tutorial-clone');
  });

  it.each([
    'Udemy course project',
    'My solutions to the freeCodeCamp Python certification',
    'Homework for CS 101',
    'Day 42 of #100DaysOfCode',
    'My first Django site',
  ])('flags the description "%s"', (description) => {
    expect(kindOf(repo('site', { description }))).toBe('tutorial-clone');
  });

  it('flags telltale topics', () => {
    expect(kindOf(repo('site', { topics: ['django', '100-days-of-code'] }))).toBe('tutorial-clone');
    expect(kindOf(repo('site', { topics: ['learning-python'] }))).toBe('tutorial-clone');
  });

  it('says which phrase in which field gave it away', () => {
    expect(verdictOf(repo('site', { description: 'Exercises from a Udemy class' })).reason).toBe(
      'Its description says “udemy”, typical of tutorial or course work.',
    );
    expect(verdictOf(repo('django-blog')).reason).toBe('Named after a classic beginner project (“blog”).');
    expect(verdictOf(repo('netflix-clone')).reason).toBe(
      'Its name marks it as a “netflix clone”, a common course exercise.',
    );
  });

  it.each([
    ['weather-forecast-pipeline', 'Pipeline that ingests NOAA forecasts into BigQuery'],
    ['portfolio-optimizer', 'Mean-variance portfolio optimisation'],
    ['cargocult', 'cargocult creates Python packages without the boilerplate or "cargo culting".'],
    ['security_release_practice', null],
    ['linear-assignment', 'Hungarian algorithm for the assignment problem'],
    ['machine-learning-pipelines', null],
    ['best-practice-linter', 'Lint for best practices'],
    ['todo-comment-scanner', 'Finds TODO comments in code'],
    ['pytutor', 'Helps you learn Python faster'],
    ['fastjson', 'Of course it is fast'],
    ['djangoproject.com', 'Source code to djangoproject.com (git-svn clone)'],
    ['calculatorservice', 'Pricing engine'],
  ])('does not flag %s', (name, description) => {
    expect(kindOf(repo(name, { description }))).toBe('original');
  });

  it('lets stars outweigh a bare tutorial subject, but not a telltale phrase', () => {
    expect(kindOf(repo('weather', { stars: 25 }))).toBe('original');
    expect(kindOf(repo('weather', { stars: 9 }))).toBe('tutorial-clone');
    expect(kindOf(repo('100-days-of-code', { stars: 5000 }))).toBe('tutorial-clone');
  });
});

describe('assessOriginality: polished vs shallow', () => {
  // Every substance signal: ≥100 stars (3), size (1), description (1), topics (1), not archived (1),
  // worked on for more than a week (1), pushed in the last year (1).
  const flagship = repo('flagship', {
    stars: 150,
    sizeKb: 5000,
    description: 'A real library',
    topics: ['python'],
    createdAt: '2023-01-01T00:00:00Z',
    pushedAt: '2025-12-01T00:00:00Z',
  });
  // Nothing but existing: archived, tiny, undescribed, pushed only when created, long ago.
  const husk = (name: string) => repo(name, { archived: true });

  it('scores a repository with every signal 9 and lists what earned it', () => {
    const report = assessOriginality([flagship], NOW);
    expect(report.polished).toEqual([
      {
        repo: 'ada/flagship',
        url: 'https://github.com/ada/flagship',
        score: 9,
        signals: [
          '150 stars',
          '5000 KB',
          'has a description',
          'tagged with topics',
          'not archived',
          'worked on for 3 years after creation',
          'pushed to in the last year',
        ],
      },
    ]);
    expect(report.shallowCount).toBe(0);
  });

  it('shows one polished repository standing out among many shallow ones', () => {
    const report = assessOriginality([flagship, husk('a'), husk('b'), husk('c'), repo('d', { stars: 1 })], NOW);
    expect(report.polished.map((entry) => entry.repo)).toEqual(['ada/flagship']);
    // "d": 1 star + not archived = 2, still shallow.
    expect(report.shallowCount).toBe(4);
  });

  it('does not call a repository polished below a score of 5, nor shallow above 2', () => {
    // 1 star (1), description (1), not archived (1), worked on (1) = 4.
    const facts = { stars: 1, description: 'x', pushedAt: '2020-06-01T00:00:00Z' };
    const middling = repo('middling', facts);
    // …plus a size of 100 KB = 5.
    const justPolished = repo('just', { ...facts, sizeKb: 100 });
    const report = assessOriginality([middling, justPolished], NOW);
    expect(report.polished.map((entry) => [entry.repo, entry.score])).toEqual([['ada/just', 5]]);
    expect(report.shallowCount).toBe(0);
  });

  it('shows at most three, best score first, then most stars', () => {
    const good = (name: string, stars: number, topics: string[] = []) =>
      repo(name, { stars, topics, sizeKb: 500, description: 'Useful', pushedAt: '2025-12-01T00:00:00Z' });
    const report = assessOriginality(
      [good('fewer-stars', 12), good('more-stars', 40), good('with-topics', 12, ['cli']), good('fourth', 11)],
      NOW,
    );
    expect(report.polished.map((entry) => entry.repo)).toEqual(['ada/with-topics', 'ada/more-stars', 'ada/fewer-stars']);
  });

  it('weighs only original work: forks and tutorial clones are never polished nor counted shallow', () => {
    const report = assessOriginality(
      [
        fork('django', '2024-01-01T00:00:00Z', '2025-12-01T00:00:00Z', { stars: 500, sizeKb: 90000, description: 'x' }),
        repo('todo-app', { stars: 300, sizeKb: 900, description: 'x', pushedAt: '2025-12-01T00:00:00Z' }),
        husk('empty'),
      ],
      NOW,
    );
    expect(report.polished).toEqual([]);
    expect(report.shallowCount).toBe(1);
  });
});

describe('assessOriginality: summary and evidence', () => {
  it('counts each verdict and gives fork and tutorial shares of all listed repositories', () => {
    const report = assessOriginality(
      [
        fork('a', '2024-01-01T00:00:00Z', null),
        fork('b', '2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z'),
        repo('hello-world'),
        repo('tool'),
      ],
      NOW,
    );
    expect(report.counts).toEqual({
      repos: 4,
      forksNoOwnCommits: 1,
      forksWithPushes: 1,
      tutorialClones: 1,
      original: 1,
    });
    expect(report.forkShare).toBe(0.5);
    expect(report.tutorialShare).toBe(0.25);
  });

  it('links every non-original verdict and every polished repository to the repository itself', () => {
    const standout = repo('standout', { stars: 150, sizeKb: 500, description: 'x', pushedAt: '2025-12-01T00:00:00Z' });
    const report = assessOriginality([fork('a', '2024-01-01T00:00:00Z', null), repo('hello-world'), repo('tool'), standout], NOW);
    expect(report.evidence.map(({ kind, repo: name, path, url }) => ({ kind, repo: name, path, url }))).toEqual([
      { kind: 'fork-no-own-commits', repo: 'ada/a', path: null, url: 'https://github.com/ada/a' },
      { kind: 'tutorial-clone', repo: 'ada/hello-world', path: null, url: 'https://github.com/ada/hello-world' },
      { kind: 'polished-repo', repo: 'ada/standout', path: null, url: 'https://github.com/ada/standout' },
    ]);
    expect(report.evidence[2]?.detail).toBe(
      'Stands out among their own repositories: 150 stars, 500 KB, has a description, not archived, worked on for 6 years after creation, pushed to in the last year.',
    );
  });

  it('reports nothing, without dividing by zero, for an account with no repositories', () => {
    const report = assessOriginality([], NOW);
    expect(report).toEqual({
      verdicts: [],
      counts: { repos: 0, forksNoOwnCommits: 0, forksWithPushes: 0, tutorialClones: 0, original: 0 },
      forkShare: null,
      tutorialShare: null,
      polished: [],
      shallowCount: 0,
      evidence: [],
    });
  });
});

/** Synthetic REST repository lists in test/fixtures/github-api/repo-lists, as GitHub shaped them then. */
const listedRepos = (...files: string[]) =>
  files.flatMap((file) =>
    GitHubRepoListSchema.parse(JSON.parse(readOwnFixture(`github-api/repo-lists/${file}`))).map(repoFactsFromRest),
  );

// Expected figures were worked out by hand from the fixtures (see the dates and counts in each).
describe('assessOriginality on REST repository lists', () => {
  it('reads two pages of a 2017 list: forks with and without pushes, a tutorial, polished and shallow work', () => {
    const repos = listedRepos('pat-maint-2017-page1.json', 'pat-maint-2017-page2.json');
    const report = assessOriginality(repos, Date.parse('2017-02-10T22:26:10Z'));
    expect(report.counts).toEqual({ repos: 11, forksNoOwnCommits: 2, forksWithPushes: 2, tutorialClones: 1, original: 6 });
    expect(report.forkShare).toBeCloseTo(4 / 11);
    expect(report.shallowCount).toBe(2);
    expect(report.polished.map((entry) => [entry.repo, entry.score])).toEqual([
      ['pat-maint/django-passwords', 8],
      ['pat-maint/dj-cache-url', 7],
      ['pat-maint/warehouse-notes', 6],
    ]);
    expect(report.evidence).toHaveLength(5 + 3);
    const kinds = new Map(report.verdicts.map((verdict) => [verdict.repo, verdict.kind]));
    // Pushed three days before it was forked: the original's push.
    expect(kinds.get('pat-maint/aiohttp')).toBe('fork-no-own-commits');
    // Pushed 2 min 40 s after forking; 30 s after is GitHub making the fork.
    expect(kinds.get('pat-maint/aide')).toBe('fork-with-pushes');
    expect(kinds.get('pat-maint/pip')).toBe('fork-no-own-commits');
    // "…without the boilerplate…" in a description is not a boilerplate clone.
    expect(kinds.get('pat-maint/cargocult')).toBe('original');
    expect(kinds.get('pat-maint/flask-todo-app')).toBe('tutorial-clone');
  });

  it('reads a 2012 list, whose stars were still called watchers and which had no topics or archived flag', () => {
    const report = assessOriginality(listedRepos('sam-2012.json'), Date.parse('2012-05-26T12:00:00Z'));
    expect(report.counts).toEqual({ repos: 6, forksNoOwnCommits: 1, forksWithPushes: 1, tutorialClones: 0, original: 4 });
    expect(report.shallowCount).toBe(1);
    expect(report.polished.map((entry) => [entry.repo, entry.score])).toEqual([
      ['sam/PyThing', 8],
      ['sam/Planner', 7],
      ['sam/Enum.Tools', 5],
    ]);
  });
});
