import { describe, expect, it } from 'vitest';
import { explainGitHubError, minutesUntil } from '@/lib/github/describe-error';
import { classifyRequestFailure, GitHubRequestFailed } from '@/lib/github/errors';

const NOW = Date.parse('2026-11-26T10:00:00Z');
const httpFailure = (status: number, headers: Record<string, string> = {}) => ({ status, response: { headers } });

describe('classifyRequestFailure', () => {
  it('keeps an error that is already classified', () => {
    expect(classifyRequestFailure(new GitHubRequestFailed({ kind: 'bad-token' }))).toEqual({ kind: 'bad-token' });
  });

  it('treats a failure without a response as a network problem', () => {
    expect(classifyRequestFailure({ status: 500, message: 'getaddrinfo ENOTFOUND' })).toEqual({
      kind: 'network',
      detail: 'getaddrinfo ENOTFOUND',
    });
    expect(classifyRequestFailure(new TypeError('Failed to fetch'))).toMatchObject({ kind: 'network' });
  });

  it('tells a primary rate limit (remaining 0) from a plain 403', () => {
    expect(
      classifyRequestFailure(httpFailure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1795000000' })),
    ).toEqual({ kind: 'rate-limited', resetAt: 1_795_000_000_000 });
    expect(classifyRequestFailure(httpFailure(403, { 'x-ratelimit-remaining': '12' }))).toEqual({
      kind: 'server',
      status: 403,
    });
  });

  it('reads a 429 without headers as a rate limit with unknown reset', () => {
    expect(classifyRequestFailure(httpFailure(429), NOW)).toEqual({ kind: 'rate-limited', resetAt: null });
    expect(classifyRequestFailure(httpFailure(429, { 'retry-after': '30' }), NOW)).toEqual({
      kind: 'rate-limited',
      resetAt: NOW + 30_000,
    });
  });

  it('reads GitHub’s secondary-limit message as a one-minute wait, and 409 as an empty repository', () => {
    expect(
      classifyRequestFailure({ ...httpFailure(403), message: 'You have exceeded a secondary rate limit.' }, NOW),
    ).toEqual({ kind: 'rate-limited', resetAt: NOW + 60_000 });
    expect(classifyRequestFailure(httpFailure(409))).toEqual({ kind: 'empty-repository' });
  });

  it('ignores a reset header that is not a number', () => {
    expect(
      classifyRequestFailure(httpFailure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': 'soon' })),
    ).toEqual({ kind: 'rate-limited', resetAt: null });
  });
});

describe('explainGitHubError', () => {
  it('gives the reset time and the minutes left for a rate limit', () => {
    const explanation = explainGitHubError({ kind: 'rate-limited', resetAt: NOW + 23.5 * 60_000 }, 'ada', NOW);
    expect(explanation.title).toBe('GitHub’s rate limit is used up.');
    expect(explanation.nextStep).toMatch(/^It resets at .+ \(in 24 min\)\. A GitHub token raises the limit/);
  });

  it('names the login that was not found', () => {
    expect(explainGitHubError({ kind: 'not-found' }, 'ghost-xyz', NOW).title).toBe(
      'GitHub has no account called “ghost-xyz”.',
    );
  });

  it('has a next step for every kind of error', () => {
    const errors = [
      { kind: 'not-found' },
      { kind: 'rate-limited', resetAt: null },
      { kind: 'bad-token' },
      { kind: 'network', detail: 'offline' },
      { kind: 'malformed', detail: 'GET /users/{username}: unexpected response' },
      { kind: 'empty-repository' },
      { kind: 'server', status: 502 },
    ] as const;
    for (const error of errors) {
      const { title, nextStep } = explainGitHubError(error, 'ada', NOW);
      expect(title.length, error.kind).toBeGreaterThan(10);
      expect(nextStep.length, error.kind).toBeGreaterThan(10);
    }
    expect(explainGitHubError(errors[6], 'ada', NOW).title).toContain('HTTP 502');
  });

  it('never says "in 0 min"', () => {
    expect(minutesUntil(NOW - 5000, NOW)).toBe(1);
    expect(minutesUntil(NOW + 61_000, NOW)).toBe(2);
  });
});
