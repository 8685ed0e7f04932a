import { describe, expect, it, vi } from 'vitest';
import { CandidateAnalyzer } from '@/lib/analysis/candidate-analyzer';
import { summarizeFirstLook } from '@/lib/analysis/first-look';
import { GitHubClient } from '@/lib/github/client';
import { MemoryResponseCache } from '@/lib/github/response-cache';
import { GitHubRepoListSchema, type GitHubRepo, type GitHubUser } from '@/lib/github/schemas';
import { createFakeFetch, githubAccountRoutes } from '../../support/fake-fetch';
import { readOwnFixture, readRecording } from '../../support/fixtures';

const user = (overrides: Partial<GitHubUser> = {}): GitHubUser => ({
  login: 'ada',
  id: 1,
  type: 'User',
  name: 'Ada',
  avatar_url: 'https://avatars.githubusercontent.com/u/1',
  html_url: 'https://github.com/ada',
  public_repos: 3,
  ...overrides,
});

const repo = (name: string, overrides: Partial<GitHubRepo> = {}): GitHubRepo => ({
  name,
  full_name: `ada/${name}`,
  html_url: `https://github.com/ada/${name}`,
  fork: false,
  language: 'Python',
  pushed_at: '2026-01-01T00:00:00Z',
  ...overrides,
});

const context = { fetchedAt: 1, apiRequests: 2 };

describe('summarizeFirstLook', () => {
  it('reads the real 2012 recording of jacquev6’s repositories', () => {
    const repos = GitHubRepoListSchema.parse(readRecording('PyGithub_NamedUser.testGetRepos-1.json').body);
    const look = summarizeFirstLook(user({ login: 'jacquev6', public_repos: 11 }), repos, context);
    expect(look).toMatchObject({
      reposExamined: 11,
      pythonRepos: 4,
      lastPythonPush: { repo: 'jacquev6/PyGithub', pushedAt: '2012-05-26T10:01:38Z' },
    });
  });

  it('leaves forks out of the last push, however recent', () => {
    const look = summarizeFirstLook(
      user(),
      [repo('own', { pushed_at: '2024-01-01T00:00:00Z' }), repo('fork', { fork: true, pushed_at: '2026-06-01T00:00:00Z' })],
      context,
    );
    expect(look.lastPythonPush?.repo).toBe('ada/own');
    expect(look).toMatchObject({ pythonRepos: 2, pythonForks: 1 });
  });

  it('says "none" when the only Python work is forked or never pushed', () => {
    const look = summarizeFirstLook(
      user(),
      [repo('fork', { fork: true }), repo('empty', { pushed_at: null }), repo('go', { language: 'Go' })],
      context,
    );
    expect(look.lastPythonPush).toBeNull();
    expect(look.pythonRepos).toBe(2);
  });

  it('uses null for a blank name and flags organizations', () => {
    expect(summarizeFirstLook(user({ name: '  ' }), [], context).name).toBeNull();
    expect(summarizeFirstLook(user({ type: 'Organization' }), [], context).isOrganization).toBe(true);
  });

  it('counts only the exact language "Python", not Jupyter notebooks or Cython', () => {
    const look = summarizeFirstLook(
      user(),
      [repo('nb', { language: 'Jupyter Notebook' }), repo('cy', { language: 'Cython' }), repo('py')],
      context,
    );
    expect(look.pythonRepos).toBe(1);
  });
});

describe('CandidateAnalyzer', () => {
  it('shares one set of requests between concurrent asks for the same login', async () => {
    const defunkt = {
      user: JSON.parse(readOwnFixture('github-api/defunkt.user.json')) as unknown,
      repos: JSON.parse(readOwnFixture('github-api/defunkt.repos.json')) as unknown,
    };
    const fake = createFakeFetch(githubAccountRoutes({ defunkt }));
    vi.stubGlobal('fetch', fake.fetch);
    const analyzer = new CandidateAnalyzer(new GitHubClient({ cache: new MemoryResponseCache() }));
    const [a, b] = await Promise.all([analyzer.analyze('defunkt'), analyzer.analyze('DEFUNKT')]);
    expect(a).toBe(b);
    expect(a).toMatchObject({ status: 'ok', firstLook: { login: 'defunkt', pythonRepos: 3 } });
    expect(fake.requests).toHaveLength(2);
  });

  it('returns failures as values', async () => {
    vi.stubGlobal('fetch', createFakeFetch(() => undefined).fetch);
    const analyzer = new CandidateAnalyzer(new GitHubClient({ cache: new MemoryResponseCache() }));
    expect(await analyzer.analyze('nobody-here')).toEqual({ status: 'error', error: { kind: 'not-found' } });
  });
});
