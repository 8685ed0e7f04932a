import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DEFAULT_FRESHNESS_MS } from '@/lib/github/cache-policy';
import { GitHubClient } from '@/lib/github/client';
import { GitHubRequestFailed } from '@/lib/github/errors';
import { MemoryResponseCache } from '../../support/memory-cache';
import { createFakeFetch, fixtureGitHub, type FakeRoute } from '../../support/fake-fetch';


function setup(route: FakeRoute, clock = { now: Date.parse('2026-11-26T10:00:00Z') }) {
  const fake = createFakeFetch(route);
  vi.stubGlobal('fetch', fake.fetch);
  const cache = new MemoryResponseCache();
  const client = new GitHubClient({ cache, now: () => clock.now, retryUnitMs: 1 });
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
  const defunktUser = 'GET https://api.github.com/users/defunkt';

  it('asks for the user once, then serves it from the cache inside the freshness window', async () => {
    const { client, requests, clock } = setup(fixtureGitHub());
    const first = await client.fetchUser('defunkt');
    clock.now += DEFAULT_FRESHNESS_MS - 1;
    const again = await client.fetchUser('defunkt');
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([defunktUser]);
    expect(again).toEqual({ data: first.data, fetchedAt: first.fetchedAt, requestsMade: 0 });
  });

  it('revalidates a stale entry with its ETag and reuses the body on 304', async () => {
    const notModified: FakeRoute = (request) =>
      request.headers['if-none-match'] ? { status: 304 } : fixtureGitHub()(request);
    const { client, requests, clock } = setup(notModified);
    const first = await client.fetchOwnRepos('defunkt');
    clock.now += DEFAULT_FRESHNESS_MS + 1;
    const again = await client.fetchOwnRepos('defunkt');
    expect(requests[1]?.headers['if-none-match']).toBe('"defunkt/repos-v1"');
    expect(again).toEqual({ data: first.data, fetchedAt: clock.now, requestsMade: 1 });
  });

  it('asks for the repository list exactly as the request plan says', async () => {
    const { client, requests } = setup(fixtureGitHub());
    await client.fetchOwnRepos('defunkt');
    expect(requests[0]?.url).toBe('https://api.github.com/users/defunkt/repos?type=owner&sort=pushed&per_page=100');
  });

  it('downloads raw files without the token, and remembers a missing one', async () => {
    const fake = createFakeFetch(fixtureGitHub());
    vi.stubGlobal('fetch', fake.fetch);
    const client = new GitHubClient({ cache: new MemoryResponseCache(), token: 'ghp_secret' });
    const file = await client.fetchRawFile('defunkt/pystache', 'master', 'setup.py');
    expect(file.data).toContain("install_requires=['Django==1.4.2']");
    expect(await client.fetchRawFile('defunkt/pystache', 'master', 'nope.txt')).toMatchObject({ data: null, requestsMade: 1 });
    expect(await client.fetchRawFile('defunkt/pystache', 'master', 'nope.txt')).toMatchObject({ data: null, requestsMade: 0 });
    expect(fake.requests.map((r) => r.url)).toEqual([
      'https://raw.githubusercontent.com/defunkt/pystache/master/setup.py',
      'https://raw.githubusercontent.com/defunkt/pystache/master/nope.txt',
    ]);
    expect(fake.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  it('sends the token to the API', async () => {
    const fake = createFakeFetch(fixtureGitHub());
    vi.stubGlobal('fetch', fake.fetch);
    await new GitHubClient({ cache: new MemoryResponseCache(), token: 'ghp_secret' }).fetchUser('defunkt');
    expect(fake.requests[0]?.headers.authorization).toBe('token ghp_secret');
  });

  it('keeps the answers of two API servers apart in one cache (REST and GraphQL)', async () => {
    const enterprise = 'https://ghe.example.com/api/v3';
    const fake = createFakeFetch((request) => {
      const onEnterprise = request.url.startsWith(enterprise);
      if (request.url.endsWith('/graphql')) return { body: { data: { server: onEnterprise ? 'enterprise' : 'github.com' } } };
      if (!onEnterprise) return fixtureGitHub()(request);
      return { body: { login: 'defunkt', id: 7, type: 'User', name: 'Dana on Enterprise', avatar_url: 'a', html_url: 'h', public_repos: 0 } };
    });
    vi.stubGlobal('fetch', fake.fetch);
    const cache = new MemoryResponseCache();
    const githubCom = new GitHubClient({ cache, token: 'ghp_a' });
    const ghe = new GitHubClient({ cache, token: 'ghp_b', apiUrl: `${enterprise}/` });
    const server = z.object({ server: z.string() });

    expect((await githubCom.fetchUser('defunkt')).data.name).toBe('Chris Wanstrath');
    expect((await ghe.fetchUser('defunkt')).data.name).toBe('Dana on Enterprise');
    expect((await githubCom.graphql('account', 'query { viewer { login } }', { login: 'defunkt' }, server)).data.server).toBe('github.com');
    expect((await ghe.graphql('account', 'query { viewer { login } }', { login: 'defunkt' }, server)).data.server).toBe('enterprise');
    expect(fake.requests.map((r) => r.url)).toEqual([
      'https://api.github.com/users/defunkt',
      `${enterprise}/users/defunkt`,
      'https://api.github.com/graphql',
      `${enterprise}/graphql`,
    ]);
    // Asked again, each server's own answer comes from the cache.
    expect(await ghe.fetchUser('defunkt')).toMatchObject({ data: { name: 'Dana on Enterprise' }, requestsMade: 0 });
    expect(await githubCom.fetchUser('defunkt')).toMatchObject({ data: { name: 'Chris Wanstrath' }, requestsMade: 0 });
  });

  it('reports the rate limit GitHub stated last', async () => {
    const { client } = setup(fixtureGitHub());
    expect(client.rateLimit).toBeNull();
    await client.fetchUser('defunkt');
    expect(client.rateLimit).toMatchObject({ limit: 60, remaining: 52 });
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

  it('502 → server, after two retries', async () => {
    const { client, requests } = setup(() => ({ status: 502, rawBody: '<html>bad gateway</html>' }));
    expect(await failureOf(client.fetchUser('defunkt'))).toEqual({ kind: 'server', status: 502 });
    expect(requests).toHaveLength(3);
  });

  it('a passing 503 is retried and then succeeds', async () => {
    let failuresLeft = 1;
    const { client } = setup((request) =>
      failuresLeft-- > 0 ? { status: 503, rawBody: 'unavailable' } : fixtureGitHub()(request),
    );
    expect((await client.fetchUser('defunkt')).data.login).toBe('defunkt');
  });

  it('a failed fetch → network', async () => {
    const attempts = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', attempts);
    const client = new GitHubClient({ cache: new MemoryResponseCache(), retryUnitMs: 1 });
    expect(await failureOf(client.fetchUser('defunkt'))).toMatchObject({ kind: 'network' });
    // Offline is reported at once, not after slow retries.
    expect(attempts).toHaveBeenCalledTimes(1);
  });

  it('a request GitHub never answers → network, after the request timeout', async () => {
    // Like fetch, this one hangs until its signal aborts.
    const hanging = vi.fn(
      (_input: unknown, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    );
    vi.stubGlobal('fetch', hanging);
    const client = new GitHubClient({ cache: new MemoryResponseCache(), requestTimeoutMs: 30 });
    const started = Date.now();
    expect(await failureOf(client.fetchUser('defunkt'))).toMatchObject({ kind: 'network' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await failureOf(client.fetchRawFile('a/b', 'main', 'README.md'))).toMatchObject({ kind: 'network' });
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
