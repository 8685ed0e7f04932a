import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { runCli } from '@/lib/cli/main';
import { createFakeFetch, fixtureGitHub, type FakeRoute } from './fake-fetch';

/** Runs the command line in-process against a fake GitHub, collecting what it prints. */
export function cli(route: FakeRoute = fixtureGitHub(), env: NodeJS.ProcessEnv = {}) {
  const fake = createFakeFetch(route);
  vi.stubGlobal('fetch', fake.fetch);
  const out = { stdout: '', stderr: '' };
  const cacheDir = mkdtempSync(join(tmpdir(), 'pyvet-cli-'));
  const run = (...args: string[]) =>
    runCli([...args, '--cache-dir', cacheDir], {
      stdout: (text) => (out.stdout += text),
      stderr: (text) => (out.stderr += text),
      env,
      stderrIsTty: false,
    });
  return { run, out, fake, cacheDir };
}
