import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { z } from 'zod';
import { DEFAULT_FRESHNESS_MS } from './cache-policy';
import { classifyRequestFailure, GitHubRequestFailed } from './errors';
import type { RateLimitStatus } from './outcome';
import type { CachedResponse, ResponseCache } from './response-cache';
import { GitHubEventListSchema, GitHubUserSchema, type GitHubEvent, type GitHubUser } from '../analysis/account-snapshot';
import { GitHubRepoListSchema, GitHubTreeSchema, type GitHubRepo, type GitHubTree } from './schemas';

export const DEFAULT_API_URL = 'https://api.github.com';
export const DEFAULT_RAW_URL = 'https://raw.githubusercontent.com';
/** One page of the repository list; profiles with more are read from their most recently pushed. */
export const REPOS_PER_PAGE = 100;
/** Long enough for a slow recursive tree, short enough that a hung connection is reported. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;
/** Raw files larger than this are not kept: pyvet only reads the head of small text files. */
const MAX_RAW_FILE_CHARS = 200_000;

const PyvetOctokit = Octokit.plugin(throttling, retry);

export interface GitHubClientOptions {
  cache: ResponseCache;
  apiUrl?: string;
  rawUrl?: string;
  token?: string;
  freshnessMs?: number;
  now?: () => number;
  /** Milliseconds per "second" GitHub asks to wait before a retry; tests make it small. */
  retryUnitMs?: number;
  /** A request GitHub has not answered after this long is given up as a network failure. */
  requestTimeoutMs?: number;
}

/** A response, when GitHub last confirmed it, and what it cost: 0 requests when served fresh from the cache. */
export interface Fetched<T> {
  data: T;
  fetchedAt: number;
  requestsMade: number;
}

/**
 * Reads GitHub's REST API and raw files through a response cache: a fresh
 * entry costs no request, a stale one is revalidated with its ETag (a 304
 * reuses the body). Cache keys name the API server, so one cache can serve
 * github.com and an Enterprise server without mixing up their accounts.
 */
export class GitHubClient {
  readonly hasToken: boolean;
  private readonly octokit: InstanceType<typeof PyvetOctokit>;
  private readonly cache: ResponseCache;
  private readonly apiUrl: string;
  private readonly rawUrl: string;
  private readonly freshnessMs: number;
  private readonly now: () => number;
  private latestRateLimit: RateLimitStatus | null = null;
  private readonly requestTimeoutMs: number;

  constructor(options: GitHubClientOptions) {
    const retryUnitMs = options.retryUnitMs ?? 1000;
    this.hasToken = Boolean(options.token);
    this.apiUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
    this.octokit = new PyvetOctokit({
      baseUrl: this.apiUrl,
      auth: options.token,
      userAgent: 'pyvet',
      // Octokit logs 404s and deprecations with console.warn; failures reach the UI as values instead.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      throttle: {
        retryAfterBaseValue: retryUnitMs,
        // A spent primary limit is shown with its reset time rather than waited out.
        onRateLimit: () => false,
        // A short secondary-limit pause is worth one wait; a long one is reported.
        onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
          retryCount === 0 && retryAfter <= 30,
      },
      retry: {
        retryAfterBaseValue: retryUnitMs,
        retries: 2,
        // Only a passing server fault (502, 503, 504) is worth a retry. Octokit reports an unreachable
        // host as 500: failing at once tells an offline user sooner than three slow attempts would.
        doNotRetry: [304, 400, 401, 403, 404, 409, 410, 422, 429, 451, 500],
      },
    });
    this.cache = options.cache;
    this.rawUrl = (options.rawUrl ?? DEFAULT_RAW_URL).replace(/\/+$/, '');
    this.freshnessMs = options.freshnessMs ?? DEFAULT_FRESHNESS_MS;
    this.now = options.now ?? Date.now;
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  }

  /** The caller's signal, plus a deadline for this one request. */
  private deadline(signal?: AbortSignal): AbortSignal {
    const timeout = AbortSignal.timeout(this.requestTimeoutMs);
    return signal ? AbortSignal.any([signal, timeout]) : timeout;
  }

  /** What GitHub's most recent answer said about the rate limit, if any answer came this session. */
  get rateLimit(): RateLimitStatus | null {
    return this.latestRateLimit;
  }

  /** The core REST quota left; GitHub does not count this request against it. Never cached. */
  async fetchRateLimit(signal?: AbortSignal): Promise<RateLimitStatus> {
    try {
      const response = await this.octokit.request('GET /rate_limit', { request: { signal: this.deadline(signal) } });
      const core = RateLimitAnswerSchema.parse(response.data).resources.core;
      return { limit: core.limit, remaining: core.remaining, resetAt: core.reset * 1000 };
    } catch (failure) {
      if (failure instanceof z.ZodError) {
        throw new GitHubRequestFailed({ kind: 'malformed', detail: 'GET /rate_limit: unexpected response' });
      }
      throw new GitHubRequestFailed(classifyRequestFailure(failure, this.now()));
    }
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

  /** The account's recent public events (GitHub keeps about 30 days of them here). */
  fetchPublicEvents(login: string, signal?: AbortSignal): Promise<Fetched<GitHubEvent[]>> {
    return this.cachedGet(
      'GET /users/{username}/events/public',
      { username: login, per_page: 100 },
      GitHubEventListSchema,
      signal,
    );
  }

  /** A repository's whole file tree at a branch, in one request. */
  fetchTree(fullName: string, branch: string, signal?: AbortSignal): Promise<Fetched<GitHubTree>> {
    const [owner = '', repo = ''] = fullName.split('/');
    return this.cachedGet(
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      { owner, repo, tree_sha: branch, recursive: 1 },
      GitHubTreeSchema,
      signal,
    );
  }

  /**
   * A small text file from raw.githubusercontent.com, which has a budget of
   * its own apart from the API's. Null when the file is not there.
   */
  async fetchRawFile(fullName: string, branch: string, path: string, signal?: AbortSignal): Promise<Fetched<string | null>> {
    const url = `${this.rawUrl}/${fullName}/${encodeURIComponent(branch)}/${path.split('/').map(encodeURIComponent).join('/')}`;
    return this.withCache<string | null>(`RAW ${url}`, RawFileBodySchema, async (conditionalHeaders) => {
      let response: Response;
      try {
        // Raw downloads never carry the token: it is meant for api.github.com only.
        response = await fetch(url, { headers: conditionalHeaders, signal: this.deadline(signal) });
      } catch (failure) {
        throw new GitHubRequestFailed({ kind: 'network', detail: String(failure) });
      }
      if (response.status === 304) return { notModified: true };
      if (response.status === 404) return { body: null, etag: null, lastModified: null };
      if (!response.ok) {
        throw new GitHubRequestFailed(
          classifyRequestFailure(
            { status: response.status, response: { headers: Object.fromEntries(response.headers) } },
            this.now(),
          ),
        );
      }
      const text = await response.text();
      return {
        body: text.slice(0, MAX_RAW_FILE_CHARS),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
    });
  }

  /**
   * A GraphQL query (token only). GraphQL has no ETags: a cached answer is
   * reused inside the freshness window and asked again after it.
   */
  graphql<T>(
    name: string,
    query: string,
    variables: Record<string, unknown>,
    schema: z.ZodType<T>,
    signal?: AbortSignal,
  ): Promise<Fetched<T>> {
    return this.withCache<T>(`GRAPHQL ${this.apiUrl} ${name} ${JSON.stringify(variables)}`, schema, async () => {
      try {
        const response = await this.octokit.request('POST /graphql', {
          query,
          variables,
          request: { signal: this.deadline(signal) },
        });
        this.noteRateLimit(response.headers);
        const body = response.data as { data?: unknown; errors?: { type?: string; message?: string }[] };
        if (body.errors?.length) throw graphqlFailure(body.errors);
        return { body: parseOrThrow(schema, body.data, `GraphQL ${name}`), etag: null, lastModified: null };
      } catch (failure) {
        if (failure instanceof GitHubRequestFailed) throw failure;
        const headers = (failure as { response?: { headers?: Record<string, string> } }).response?.headers;
        if (headers) this.noteRateLimit(headers);
        throw new GitHubRequestFailed(classifyRequestFailure(failure, this.now()));
      }
    });
  }

  private cachedGet<T>(
    route: string,
    params: Record<string, string | number>,
    schema: z.ZodType<T>,
    signal?: AbortSignal,
  ): Promise<Fetched<T>> {
    const key = `${route.replace(' /', ` ${this.apiUrl}/`)} ${JSON.stringify(params)}`;
    return this.withCache<T>(key, schema, async (conditionalHeaders) => {
      try {
        const response = await this.octokit.request(route, {
          ...params,
          headers: conditionalHeaders,
          request: { signal: this.deadline(signal) },
        });
        this.noteRateLimit(response.headers);
        return {
          body: parseOrThrow(schema, response.data, route),
          etag: response.headers.etag ?? null,
          lastModified: response.headers['last-modified'] ?? null,
        };
      } catch (failure) {
        if (failure instanceof GitHubRequestFailed) throw failure;
        const status = (failure as { status?: number }).status;
        const headers = (failure as { response?: { headers?: Record<string, string> } }).response?.headers;
        if (headers) this.noteRateLimit(headers);
        if (status === 304) return { notModified: true };
        throw new GitHubRequestFailed(classifyRequestFailure(failure, this.now()));
      }
    });
  }

  /** The cache protocol shared by API and raw requests. */
  private async withCache<T>(
    key: string,
    schema: z.ZodType<T>,
    request: (conditionalHeaders: Record<string, string>) => Promise<FreshAnswer<T> | { notModified: true }>,
  ): Promise<Fetched<T>> {
    const cached = await this.cache.get(key);
    const reusable = cached ? usableCacheEntry(cached, schema) : null;
    if (reusable && this.now() - reusable.entry.fetchedAt < this.freshnessMs) {
      return { data: reusable.body, fetchedAt: reusable.entry.fetchedAt, requestsMade: 0 };
    }

    const conditionalHeaders: Record<string, string> = {};
    if (reusable?.entry.etag) conditionalHeaders['if-none-match'] = reusable.entry.etag;
    else if (reusable?.entry.lastModified) conditionalHeaders['if-modified-since'] = reusable.entry.lastModified;

    const answer = await request(conditionalHeaders);
    const fetchedAt = this.now();
    if ('notModified' in answer) {
      if (!reusable) throw new GitHubRequestFailed({ kind: 'malformed', detail: `${key}: 304 without a cached body` });
      await this.cache.put({ ...reusable.entry, fetchedAt });
      return { data: reusable.body, fetchedAt, requestsMade: 1 };
    }
    await this.cache.put({ key, body: answer.body, etag: answer.etag, lastModified: answer.lastModified, fetchedAt });
    return { data: answer.body, fetchedAt, requestsMade: 1 };
  }

  private noteRateLimit(headers: Record<string, string | number | undefined>) {
    const limit = Number(headers['x-ratelimit-limit']);
    const remaining = Number(headers['x-ratelimit-remaining']);
    const reset = Number(headers['x-ratelimit-reset']);
    if ([limit, remaining, reset].every(Number.isFinite)) {
      this.latestRateLimit = { limit, remaining, resetAt: reset * 1000 };
    }
  }
}

/** A cached entry whose body still matches today's schema; older shapes are refetched. */
function usableCacheEntry<T>(entry: CachedResponse, schema: z.ZodType<T>): { entry: CachedResponse; body: T } | null {
  const parsed = schema.safeParse(entry.body);
  return parsed.success ? { entry, body: parsed.data } : null;
}

interface FreshAnswer<T> {
  body: T;
  etag: string | null;
  lastModified: string | null;
}

const RateLimitAnswerSchema = z.object({
  resources: z.object({ core: z.object({ limit: z.number(), remaining: z.number(), reset: z.number() }) }),
});

/** A raw file's text, or null for a file that is not there (a 404 is cached too). */
const RawFileBodySchema = z.string().nullable();

/** GraphQL reports some failures with HTTP 200 and an errors list. */
function graphqlFailure(errors: { type?: string; message?: string }[]): GitHubRequestFailed {
  if (errors.some((error) => error.type === 'RATE_LIMITED')) {
    return new GitHubRequestFailed({ kind: 'rate-limited', resetAt: null });
  }
  if (errors.some((error) => error.type === 'NOT_FOUND')) return new GitHubRequestFailed({ kind: 'not-found' });
  return new GitHubRequestFailed({ kind: 'malformed', detail: `GraphQL: ${errors[0]?.message ?? 'error'}` });
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
