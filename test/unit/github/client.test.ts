import { describe, expect, it, vi } from 'vitest';
import { fetchFirstLook } from '@/lib/analysis/first-look';
import { DEFAULT_FRESHNESS_MS, GitHubClient } from '@/lib/github/client';
import { GitHubRequestFailed } from '@/lib/github/errors';
import { MemoryResponseCache } from '@/lib/github/response-cache';
import { createFakeFetch, githubAccountRoutes, type FakeRoute } from '../../support/fake-fetch';
import { readOwnFixture, readRecording } from '../../support/fixtures';

const json = (name: string) => JSON.parse(readOwnFixture(`github-api/${name}`)) as unknown;
const defunkt = { user: json('defunkt.user.json'), repos: json('defunkt.repos.json') };

function setup(route: FakeRoute, clock = { now: Date.parse('2026-11-26T10:00:00Z') }) {
  const fake = createFakeFetch(route);
  vi.stubGlobal('fetch', fake.fetch);
  const cache = new MemoryResponseCache();
  const client = new GitHubClient({ cache, now: () => clock.now });
  return { client, cache, requests: fake.requests, clock };
}

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GitHubRequestFailed) return error.error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('GitHubClient with its response cache', () => {
  it('costs two requests cold, on exactly the user and own-repos endpoints', async () => {
    const { client, requests } = setup(githubAccountRoutes({ defunkt }));
    const look = await fetchFirstLook(client, 'defunkt');
    expect(look.apiRequests).toBe(2);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET https://api.github.com/users/defunkt',
      'GET https://api.github.com/users/defunkt/repos?type=owner&sort=pushed&per_page=100',
    ]);
  });

  it('costs nothing on a revisit inside the freshness window', async () => {
    const { client, requests, clock } = setup(githubAccountRoutes({ defunkt }));
    const first = await fetchFirstLook(client, 'defunkt');
    clock.now += DEFAULT_FRESHNESS_MS - 1;
    const again = await fetchFirstLook(client, 'defunkt');
    expect(requests).toHaveLength(2);
    expect(again.apiRequests).toBe(0);
    expect(again.fetchedAt).toBe(first.fetchedAt);
  });

  it('revalidates a stale entry with its ETag and reuses the body on 304', async () => {
    const notModified: FakeRoute = (request) =>
      request.headers['if-none-match'] ? { status: 304 } : githubAccountRoutes({ defunkt })(request);
    const { client, requests, clock } = setup(notModified);
    const first = await fetchFirstLook(client, 'defunkt');
    clock.now += DEFAULT_FRESHNESS_MS + 1;
    const again = await fetchFirstLook(client, 'defunkt');
    expect(requests.slice(2).map((r) => r.headers['if-none-match'])).toEqual([
      '"/users/defunkt-v1"',
      '"/users/defunkt/repos-v1"',
    ]);
    expect(again).toMatchObject({ apiRequests: 2, pythonRepos: first.pythonRepos, fetchedAt: clock.now });
  });

  it('asks only for the user when the account is an organization', async () => {
    const { client, requests } = setup(githubAccountRoutes({ python: { user: json('python.user.json'), repos: [] } }));
    const look = await fetchFirstLook(client, 'python');
    expect(look).toMatchObject({ isOrganization: true, apiRequests: 1 });
    expect(requests).toHaveLength(1);
  });

  it('reads the real recorded repository list of dstufft (page 1 of 3)', async () => {
    const recording = readRecording('GitHub_repositories_by-1.json');
    const { client } = setup(({ url }) => {
      if (url.endsWith('/users/dstufft')) {
        return {
          body: {
            login: 'dstufft',
            id: 145979,
            type: 'User',
            name: 'Donald Stufft',
            avatar_url: 'https://avatars.githubusercontent.com/u/145979?v=3',
            html_url: 'https://github.com/dstufft',
            public_repos: 203,
          },
        };
      }
      return { body: recording.body };
    });
    const look = await fetchFirstLook(client, 'dstufft');
    expect(look).toMatchObject({
      publicRepos: 203,
      reposExamined: 100,
      pythonRepos: 74,
      pythonForks: 50,
      lastPythonPush: { repo: 'dstufft/dj-redis-url', pushedAt: '2016-09-28T17:48:42Z' },
    });
  });
});

describe('GitHubClient failures', () => {
  it('404 → not-found', async () => {
    const { client } = setup(() => ({ status: 404, body: { message: 'Not Found' } }));
    expect(await failureOf(client.fetchUser('ghost-xyz'))).toEqual({ kind: 'not-found' });
  });

  it('403 with no requests left → rate-limited with the reset time', async () => {
    const { client } = setup(() => ({
      status: 403,
      body: { message: 'API rate limit exceeded' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1795000000' },
    }));
    expect(await failureOf(client.fetchUser('defunkt'))).toEqual({ kind: 'rate-limited', resetAt: 1_795_000_000_000 });
  });

  it('secondary rate limit → rate-limited after retry-after', async () => {
    const { client, clock } = setup(() => ({ status: 403, body: {}, headers: { 'retry-after': '60' } }));
    expect(await failureOf(client.fetchUser('defunkt'))).toEqual({ kind: 'rate-limited', resetAt: clock.now + 60_000 });
  });

  it('401 → bad-token', async () => {
    const { client } = setup(() => ({ status: 401, body: { message: 'Bad credentials' } }));
    expect(await failureOf(client.fetchUser('defunkt'))).toEqual({ kind: 'bad-token' });
  });

  it('502 → server', async () => {
    const { client } = setup(() => ({ status: 502, rawBody: '<html>bad gateway</html>' }));
    expect(await failureOf(client.fetchUser('defunkt'))).toEqual({ kind: 'server', status: 502 });
  });

  it('a failed fetch → network', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const client = new GitHubClient({ cache: new MemoryResponseCache() });
    expect(await failureOf(client.fetchUser('defunkt'))).toMatchObject({ kind: 'network' });
  });

  it('a body that is not JSON → malformed, naming the route', async () => {
    const { client } = setup(() => ({ rawBody: '{"login": "defunkt", "id": ' }));
    const error = await failureOf(client.fetchUser('defunkt'));
    expect(error).toMatchObject({ kind: 'malformed' });
    expect(error.kind === 'malformed' && error.detail).toMatch(/^GET \/users\/\{username\}: unexpected response/);
  });

  it('a field of the wrong type → malformed, naming the field, and nothing is cached', async () => {
    const { client, cache } = setup(() => ({ body: [{ name: 'x', full_name: 'a/x', html_url: 'h', fork: 'no' }] }));
    const put = vi.spyOn(cache, 'put');
    const error = await failureOf(client.fetchOwnRepos('defunkt'));
    expect(error.kind === 'malformed' && error.detail).toContain('at 0.fork');
    expect(put).not.toHaveBeenCalled();
  });
});
