/** What every command shares: where it prints, its exit codes and its usage error; apart from main.ts so commands in their own files need not import it back. */

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal (progress bar) or a log (one line per step). */
  stderrIsTty: boolean;
}

/** Exit codes: 0 done, 1 GitHub failed (or some candidates were left out), 2 bad usage or input, 3 stopped by the rate limit. */
export const EXIT = { ok: 0, failed: 1, usage: 2, rateLimited: 3 } as const;

/** A mistake in the command line, printed as one line with a pointer to --help. */
export class UsageError extends Error {}

/** Text from a file or a vendor, printed: a control character in it would drive the terminal. */
export const printable = (text: string) => text.replace(/\p{Cc}/gu, '\uFFFD');
