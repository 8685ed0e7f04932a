import type { GitHubError } from './errors';

export interface ErrorExplanation {
  title: string;
  /** What the user can do about it. */
  nextStep: string;
}

const TOKEN_HINT = 'A GitHub token raises the limit: add one in pyvet’s options (GITHUB_TOKEN for the command line).';

/** Minutes until `resetAt`, rounded up, never below 1. */
export function minutesUntil(resetAt: number, now: number): number {
  return Math.max(1, Math.ceil((resetAt - now) / 60_000));
}

function formatClockTime(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** Words for the sidebar and CLI: what happened and what to do next. */
export function explainGitHubError(error: GitHubError, login: string, now: number = Date.now()): ErrorExplanation {
  switch (error.kind) {
    case 'not-found':
      return {
        title: `GitHub has no account called “${login}”.`,
        nextStep: 'Check the spelling, or the account may have been renamed or deleted.',
      };
    case 'rate-limited':
      return {
        title: 'GitHub’s rate limit is used up.',
        nextStep:
          error.resetAt === null
            ? `Try again in a few minutes. ${TOKEN_HINT}`
            : `It resets at ${formatClockTime(error.resetAt)} (in ${minutesUntil(error.resetAt, now)} min). ${TOKEN_HINT}`,
      };
    case 'bad-token':
      return {
        title: 'GitHub rejected the token saved in pyvet.',
        nextStep: 'Replace or remove it in pyvet’s options (or GITHUB_TOKEN for the command line).',
      };
    case 'network':
      return {
        title: 'Could not reach GitHub.',
        nextStep: 'Check your connection, then try again.',
      };
    case 'malformed':
      return {
        title: 'GitHub answered with something pyvet could not read.',
        nextStep: `Try again later. Details: ${error.detail}`,
      };
    case 'empty-repository':
      return {
        title: 'That repository is empty.',
        nextStep: 'Nothing to examine there yet; pyvet looks at the other repositories.',
      };
    case 'server':
      return {
        title: `GitHub answered with an error (HTTP ${error.status}).`,
        nextStep: 'GitHub may be having trouble; try again in a few minutes.',
      };
  }
}
