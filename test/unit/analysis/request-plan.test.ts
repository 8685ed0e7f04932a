import { describe, expect, it, vi } from 'vitest';
import type { AnalysisStep } from '@/lib/analysis/account-snapshot';
import { CandidateAnalyzer } from '@/lib/github/candidate-analyzer';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import { DEFAULT_FRESHNESS_MS } from '@/lib/github/cache-policy';
import { GitHubClient } from '@/lib/github/client';
import { MAX_FILES_PER_ANALYSIS, MAX_FILES_PER_REPO } from '@/lib/analysis/evidence/file-plan';
import { MemoryResponseCache } from '../../support/memory-cache';
import type { AnalysisOutcome } from '@/lib/github/outcome';
import { createFakeFetch, fixtureGitHub, type FakeRoute } from '../../support/fake-fetch';

const START = Date.parse('2026-11-26T10:00:00Z');

/** An analyzer over the fixture GitHub, with a clock the test moves. */
function setup(route?: FakeRoute) {
  const clock = { now: START };
  const fake = createFakeFetch(route ?? fixtureGitHub(() => clock.now));
  vi.stubGlobal('fetch', fake.fetch);
  const cache = new MemoryResponseCache();
  const analyzer = new CandidateAnalyzer(
    async ({ refresh }) =>
      new GitHubClient({ cache, now: () => clock.now, freshnessMs: refresh ? 0 : DEFAULT_FRESHNESS_MS, retryUnitMs: 1 }),
    () => clock.now,
  );
  const hosts = (host: string) => fake.requests.filter((r) => new URL(r.url).hostname === host);
  return { analyzer, fake, clock, hosts };
}

function reportOf(outcome: AnalysisOutcome): CandidateReport {
  if (outcome.status !== 'ok') throw new Error(`analysis failed: ${JSON.stringify(outcome.error)}`);
  return outcome.report;
}

describe('anonymous request plan', () => {
  it('costs 7 API requests cold, in three round trips, and raw files within the download budget, none asked twice', async () => {
    const { analyzer, hosts } = setup();
    const steps: AnalysisStep[] = [];
    const report = reportOf(await analyzer.analyze({ login: 'defunkt', refresh: false }, (step) => steps.push(step)));

    const api = hosts('api.github.com').map((r) => new URL(r.url).pathname);
    // Round 1 in this order; round 2's trees are fetched side by side.
    expect(api.slice(0, 3)).toEqual(['/users/defunkt', '/users/defunkt/repos', '/users/defunkt/events/public']);
    expect(api.slice(3).sort()).toEqual([
      '/repos/defunkt/dotjs/git/trees/main',
      '/repos/defunkt/pystache-lite/git/trees/main',
      '/repos/defunkt/pystache/git/trees/master',
      '/repos/defunkt/resque/git/trees/main',
    ]);
    // The fork and the empty repository are never opened.
    expect(api.some((path) => /fabric-fork|empty/.test(path))).toBe(false);
    expect(report.cost).toEqual({ mode: 'anonymous', apiRequests: 7, rawRequests: hosts('raw.githubusercontent.com').length });

    const rawPerRepo = new Map<string, number>();
    for (const request of hosts('raw.githubusercontent.com')) {
      const repo = new URL(request.url).pathname.split('/').slice(1, 3).join('/');
      rawPerRepo.set(repo, (rawPerRepo.get(repo) ?? 0) + 1);
    }
    expect(Math.max(...rawPerRepo.values())).toBeLessThanOrEqual(MAX_FILES_PER_REPO);
    const rawUrls = hosts('raw.githubusercontent.com').map((request) => request.url);
    expect(rawUrls.length).toBeLessThanOrEqual(MAX_FILES_PER_ANALYSIS);
    expect(new Set(rawUrls).size).toBe(rawUrls.length);
    // The workflow and the Dockerfile are what the tree points to beyond the manifest and README.
    expect(rawUrls).toContain('https://raw.githubusercontent.com/defunkt/pystache-lite/main/.github/workflows/tests.yml');
    expect([...rawPerRepo.keys()].sort()).toEqual(['defunkt/dotjs', 'defunkt/pystache', 'defunkt/pystache-lite', 'defunkt/resque']);
    expect(steps.map((step) => step.step)).toEqual(['account', 'trees', 'files', 'report']);
  });

  it('costs nothing on a warm revisit and revalidates after the freshness window', async () => {
    const { analyzer, fake, clock } = setup();
    const first = reportOf(await analyzer.analyze({ login: 'defunkt', refresh: false }));
    const coldRequests = fake.requests.length;

    const warm = reportOf(await analyzer.analyze({ login: 'defunkt', refresh: false }));
    expect(fake.requests.length).toBe(coldRequests);
    expect(warm.cost).toEqual({ mode: 'anonymous', apiRequests: 0, rawRequests: 0 });
    expect(warm.fetchedAt).toBe(first.fetchedAt);

    clock.now += DEFAULT_FRESHNESS_MS + 60_000;
    await analyzer.analyze({ login: 'defunkt', refresh: false });
    const revalidations = fake.requests.slice(coldRequests);
    expect(revalidations.length).toBe(coldRequests);
    const apiRevalidations = revalidations.filter((r) => r.url.startsWith('https://api.github.com/'));
    expect(apiRevalidations).toHaveLength(7);
    expect(apiRevalidations.every((r) => r.headers['if-none-match'])).toBe(true);
  });

  it('shares one set of requests between concurrent asks for the same login', async () => {
    const { analyzer, fake } = setup();
    const [a, b] = await Promise.all([
      analyzer.analyze({ login: 'defunkt', refresh: false }),
      analyzer.analyze({ login: 'DEFUNKT', refresh: false }),
    ]);
    expect(a).toBe(b);
    expect(fake.requests.filter((r) => r.url.endsWith('/users/defunkt'))).toHaveLength(1);
  });

  it('stops with the reset time when the rate limit runs out mid-analysis', async () => {
    const resetAt = Math.floor(START / 1000) + 1800;
    const { analyzer } = setup((request) =>
      request.url.includes('/git/trees/')
        ? { status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetAt) } }
        : fixtureGitHub(() => START)(request),
    );
    expect(await analyzer.analyze({ login: 'defunkt', refresh: false })).toEqual({
      status: 'error',
      error: { kind: 'rate-limited', resetAt: resetAt * 1000 },
    });
  });

  it('treats a 429 from raw.githubusercontent.com like a rate limit', async () => {
    const { analyzer } = setup((request) =>
      request.url.startsWith('https://raw.githubusercontent.com/')
        ? { status: 429, rawBody: 'Too Many Requests', headers: { 'retry-after': '120' } }
        : fixtureGitHub(() => START)(request),
    );
    expect(await analyzer.analyze({ login: 'defunkt', refresh: false })).toEqual({
      status: 'error',
      error: { kind: 'rate-limited', resetAt: START + 120_000 },
    });
  });

  it('loses only the repository whose tree fails, and says so', async () => {
    const { analyzer } = setup((request) =>
      request.url.includes('/pystache/git/trees/')
        ? { status: 409, body: { message: 'Git Repository is empty.' } }
        : fixtureGitHub(() => START)(request),
    );
    const report = reportOf(await analyzer.analyze({ login: 'defunkt', refresh: false }));
    expect(report.repos.map((repo) => repo.repo)).not.toContain('defunkt/pystache');
    expect(report.coverage).toContain('defunkt/pystache could not be examined: it is empty.');
  });

  it('says which stack is unknown when its manifest could not be downloaded', async () => {
    const { analyzer } = setup((request) =>
      request.url.endsWith('/defunkt/pystache-lite/main/pyproject.toml')
        ? { status: 502, rawBody: 'Bad gateway' }
        : fixtureGitHub(() => START)(request),
    );
    const report = reportOf(await analyzer.analyze({ login: 'defunkt', refresh: false }));
    const lite = report.repos.find((repo) => repo.repo === 'defunkt/pystache-lite');
    expect(lite?.stack).toMatchObject({ manifestsRead: [], manifestsUnread: ['pyproject.toml'] });
    expect(report.coverage).toContain('Stack of defunkt/pystache-lite unknown: no manifest read (pyproject.toml).');
    expect(report.coverage.some((note) => note.startsWith('defunkt/pystache-lite/pyproject.toml could not be downloaded'))).toBe(true);
  });

  it('keeps the account’s bio, company and website, and reads blank ones (GitHub sends "" for no website) as none', async () => {
    const blank: FakeRoute = (request) =>
      request.url === 'https://api.github.com/users/dingaanmanjate'
        ? { body: { login: 'dingaanmanjate', id: 1, type: 'User', name: 'fasma', bio: '  ', company: null, blog: '', avatar_url: 'a', html_url: 'h', public_repos: 3 } }
        : fixtureGitHub()(request);
    const report = reportOf(await setup(blank).analyzer.analyze({ login: 'dingaanmanjate', refresh: false }));
    expect([report.bio, report.company, report.website]).toEqual([null, null, null]);
    const written = reportOf(await setup().analyzer.analyze({ login: 'dingaanmanjate', refresh: false }));
    expect([written.bio, written.company, written.website]).toEqual(['Data engineer in training.', '@dev-api-org', 'https://dingaanmanjate.github.io/']);
  });

  it('reads no trees for an organization', async () => {
    const { analyzer, hosts } = setup();
    const report = reportOf(await analyzer.analyze({ login: 'python', refresh: false }));
    expect(report.isOrganization).toBe(true);
    expect(hosts('api.github.com').some((r) => r.url.includes('/git/trees/'))).toBe(false);
    expect(hosts('raw.githubusercontent.com')).toEqual([]);
  });
});

describe('token request plan (GraphQL)', () => {
  function tokenSetup() {
    const clock = { now: START };
    const fake = createFakeFetch(fixtureGitHub(() => clock.now));
    vi.stubGlobal('fetch', fake.fetch);
    const cache = new MemoryResponseCache();
    const analyzer = new CandidateAnalyzer(
      async () => new GitHubClient({ cache, token: 'github_pat_test', now: () => clock.now, retryUnitMs: 1 }),
      () => clock.now,
    );
    return { analyzer, fake };
  }

  it('costs two GraphQL queries cold, raw downloads only for what the query could not name, and nothing warm', async () => {
    const { analyzer, fake } = tokenSetup();
    const report = reportOf(await analyzer.analyze({ login: 'defunkt', refresh: false }));
    expect(fake.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST https://api.github.com/graphql',
      'POST https://api.github.com/graphql',
      // Manifests, CI, READMEs and Dockerfiles came with the query; a test module's path can't be guessed ahead.
      'GET https://raw.githubusercontent.com/defunkt/pystache-lite/main/tests/test_parser.py',
    ]);
    expect(fake.requests.slice(0, 2).every((r) => r.headers.authorization === 'token github_pat_test')).toBe(true);
    expect(fake.requests[2]?.headers.authorization).toBeUndefined();
    expect(report.cost).toEqual({ mode: 'token', apiRequests: 2, rawRequests: 1 });
    expect(report.activity.source).toBe('contributions');

    const warm = reportOf(await analyzer.analyze({ login: 'defunkt', refresh: false }));
    expect(fake.requests).toHaveLength(3);
    expect(warm.cost).toEqual({ mode: 'token', apiRequests: 0, rawRequests: 0 });
  });

  it('finds the same tests and stack as the anonymous plan', async () => {
    const anonymous = reportOf(await setup().analyzer.analyze({ login: 'defunkt', refresh: false }));
    const withToken = reportOf(await tokenSetup().analyzer.analyze({ login: 'defunkt', refresh: false }));
    const summary = (report: CandidateReport) =>
      report.repos
        .map((repo) => ({ repo: repo.repo, tests: repo.tests.present, ci: repo.tests.ciRunsTests, skills: repo.stack.skills.map((s) => s.id) }))
        .sort((a, b) => a.repo.localeCompare(b.repo));
    expect(summary(withToken)).toEqual(summary(anonymous));
  });

  it('carries the account’s own words, bio, company and website, as the anonymous plan does', async () => {
    const words = (report: CandidateReport) => ({ bio: report.bio, company: report.company, website: report.website });
    for (const login of ['mira-allrounder', 'dingaanmanjate']) {
      const anonymous = reportOf(await setup().analyzer.analyze({ login, refresh: false }));
      const withToken = reportOf(await tokenSetup().analyzer.analyze({ login, refresh: false }));
      expect(words(withToken)).toEqual(words(anonymous));
    }
    const mira = reportOf(await tokenSetup().analyzer.analyze({ login: 'mira-allrounder', refresh: false }));
    expect(words(mira)).toEqual({
      bio: expect.stringMatching(/^Python expert for anything: Django & FastAPI, .* Code: github\.com\/mira-allrounder$/),
      company: 'Postgres Partners',
      website: 'https://pytest-patterns.example',
    });
  });

  it('reports an unknown login as not found', async () => {
    const { analyzer } = tokenSetup();
    expect(await analyzer.analyze({ login: 'nobody-here', refresh: false })).toEqual({
      status: 'error',
      error: { kind: 'not-found' },
    });
  });
});
