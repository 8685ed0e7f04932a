import { Octokit } from '@octokit/rest';
import type { z } from 'zod';
import { classifyRequestFailure, GitHubRequestFailed } from './errors';
import type { ResponseCache } from './response-cache';
import { GitHubRepoListSchema, GitHubUserSchema, type GitHubRepo, type GitHubUser } from './schemas';

export const DEFAULT_API_URL = 'https://api.github.com';
/** How long a cached response is used without asking GitHub again. */
export const DEFAULT_FRESHNESS_MS = 24 * 60 * 60 * 1000;
/** One page of the repository list; profiles with more are read from their most recently pushed. */
export const REPOS_PER_PAGE = 100;

export interface GitHubClientOptions {
  cache: ResponseCache;
  apiUrl?: string;
  token?: string;
  freshnessMs?: number;
  now?: () => number;
}

/** A response, when GitHub last confirmed it, and what it cost: 0 requests when served fresh from the cache. */
export interface Fetched<T> {
  data: T;
  fetchedAt: number;
  requestsMade: number;
}

/**
 * Reads GitHub's REST API through a response cache: a fresh entry costs no
 * request, a stale one is revalidated with its ETag (a 304 reuses the body).
 */
export class GitHubClient {
  private readonly octokit: Octokit;
  private readonly cache: ResponseCache;
  private readonly freshnessMs: number;
  private readonly now: () => number;

  constructor(options: GitHubClientOptions) {
    this.octokit = new Octokit({
      baseUrl: options.apiUrl ?? DEFAULT_API_URL,
      auth: options.token,
      userAgent: 'pyvet',
      // Octokit logs 404s and deprecations with console.warn; failures reach the UI as values instead.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    });
    this.cache = options.cache;
    this.freshnessMs = options.freshnessMs ?? DEFAULT_FRESHNESS_MS;
    this.now = options.now ?? Date.now;
  }

  fetchUser(login: string, signal?: AbortSignal): Promise<Fetched<GitHubUser>> {
    return this.cachedGet('GET /users/{username}', { username: login }, GitHubUserSchema, signal);
  }

  /** The account's own repositories (not ones it merely contributes to), most recently pushed first. */
  fetchOwnRepos(login: string, signal?: AbortSignal): Promise<Fetched<GitHubRepo[]>> {
    return this.cachedGet(
      'GET /users/{username}/repos',
      { username: login, type: 'owner', sort: 'pushed', per_page: REPOS_PER_PAGE },
      GitHubRepoListSchema,
      signal,
    );
  }

  private async cachedGet<T>(
    route: string,
    params: Record<string, string | number>,
    schema: z.ZodType<T>,
    signal?: AbortSignal,
  ): Promise<Fetched<T>> {
    const key = `${route} ${JSON.stringify(params)}`;
    const cached = await this.cache.get(key);
    if (cached && this.now() - cached.fetchedAt < this.freshnessMs) {
      const body = schema.safeParse(cached.body);
      if (body.success) return { data: body.data, fetchedAt: cached.fetchedAt, requestsMade: 0 };
    }

    const conditionalHeaders: Record<string, string> = {};
    if (cached?.etag) conditionalHeaders['if-none-match'] = cached.etag;
    else if (cached?.lastModified) conditionalHeaders['if-modified-since'] = cached.lastModified;

    let response;
    try {
      response = await this.octokit.request(route, { ...params, headers: conditionalHeaders, request: { signal } });
    } catch (failure) {
      if (cached && (failure as { status?: number }).status === 304) {
        const revalidated = { ...cached, fetchedAt: this.now() };
        await this.cache.put(revalidated);
        return { data: parseOrThrow(schema, cached.body, route), fetchedAt: revalidated.fetchedAt, requestsMade: 1 };
      }
      throw new GitHubRequestFailed(classifyRequestFailure(failure, this.now()));
    }

    const data = parseOrThrow(schema, response.data, route);
    const fetchedAt = this.now();
    await this.cache.put({
      key,
      body: data,
      etag: response.headers.etag ?? null,
      lastModified: response.headers['last-modified'] ?? null,
      fetchedAt,
    });
    return { data, fetchedAt, requestsMade: 1 };
  }
}

function parseOrThrow<T>(schema: z.ZodType<T>, body: unknown, route: string): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const firstIssue = parsed.error.issues[0];
  const where = firstIssue?.path.length ? ` at ${firstIssue.path.join('.')}` : '';
  throw new GitHubRequestFailed({
    kind: 'malformed',
    detail: `${route}: unexpected response${where} (${firstIssue?.message ?? 'invalid'})`,
  });
}
