import type { GitHubError } from './errors';

export interface ErrorExplanation {
  title: string;
  /** What the user can do about it. */
  nextStep: string;
}

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
            ? 'Try again in a few minutes, or add a GitHub token in pyvet’s options for a higher limit.'
            : `It resets at ${formatClockTime(error.resetAt)} (in ${minutesUntil(error.resetAt, now)} min). ` +
              'Add a GitHub token in pyvet’s options for a higher limit.',
      };
    case 'bad-token':
      return {
        title: 'GitHub rejected the token saved in pyvet.',
        nextStep: 'Open pyvet’s options and replace or remove the token.',
      };
    case 'network':
      return {
        title: 'Could not reach GitHub.',
        nextStep: 'Check your connection, then use “Try again”.',
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
