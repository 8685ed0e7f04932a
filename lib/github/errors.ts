import { z } from 'zod';

/** What can go wrong talking to GitHub, as values the UI can turn into a next step. */
export const GitHubErrorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('not-found') }),
  z.object({
    kind: z.literal('rate-limited'),
    /** When the limit resets, epoch milliseconds; null if GitHub did not say. */
    resetAt: z.number().nullable(),
  }),
  z.object({ kind: z.literal('bad-token') }),
  z.object({ kind: z.literal('network'), detail: z.string() }),
  z.object({ kind: z.literal('malformed'), detail: z.string() }),
  /** 409 on a repository's tree: it has no commits yet. */
  z.object({ kind: z.literal('empty-repository') }),
  z.object({ kind: z.literal('server'), status: z.number() }),
]);
export type GitHubError = z.infer<typeof GitHubErrorSchema>;

/** Thrown inside the GitHub client; carries a GitHubError across await boundaries. */
export class GitHubRequestFailed extends Error {
  constructor(readonly error: GitHubError) {
    super(`GitHub request failed: ${error.kind}`);
    this.name = 'GitHubRequestFailed';
  }
}

interface HttpFailure {
  status?: number;
  response?: { headers?: Record<string, string | number | undefined> };
  message?: string;
}

function isHttpFailure(value: unknown): value is HttpFailure {
  return typeof value === 'object' && value !== null && 'status' in value;
}

/**
 * Turns whatever Octokit threw into a GitHubError. Octokit reports a failed
 * fetch (DNS, offline, TLS) as status 500 with no response.
 */
export function classifyRequestFailure(failure: unknown, now: number = Date.now()): GitHubError {
  if (failure instanceof GitHubRequestFailed) return failure.error;
  if (!isHttpFailure(failure)) return { kind: 'network', detail: String(failure) };

  const headers = failure.response?.headers;
  if (!failure.response) return { kind: 'network', detail: failure.message ?? 'no response' };

  const status = failure.status ?? 0;
  if (status === 401) return { kind: 'bad-token' };
  if (status === 404) return { kind: 'not-found' };
  if (status === 409) return { kind: 'empty-repository' };
  if (status === 403 || status === 429) {
    const remaining = headers?.['x-ratelimit-remaining'];
    const reset = Number(headers?.['x-ratelimit-reset']);
    const retryAfter = Number(headers?.['retry-after']);
    if (String(remaining) === '0') {
      return { kind: 'rate-limited', resetAt: Number.isFinite(reset) && reset > 0 ? reset * 1000 : null };
    }
    if (Number.isFinite(retryAfter) && retryAfter > 0) {
      return { kind: 'rate-limited', resetAt: now + retryAfter * 1000 };
    }
    // GitHub's secondary limit without retry-after: its docs say to wait at least a minute.
    if (/secondary rate limit/i.test(failure.message ?? '')) return { kind: 'rate-limited', resetAt: now + 60_000 };
    if (status === 429) return { kind: 'rate-limited', resetAt: null };
  }
  return { kind: 'server', status };
}

/** A spent rate limit stops a whole analysis; any other failure loses only the part it concerns. */
export function isRateLimit(failure: unknown): boolean {
  return failure instanceof GitHubRequestFailed && failure.error.kind === 'rate-limited';
}
