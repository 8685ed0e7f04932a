import { vi } from 'vitest';
import { CandidateAnalyzer } from '@/lib/github/candidate-analyzer';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import { GitHubClient } from '@/lib/github/client';
import { MemoryResponseCache } from './memory-cache';
import { createFakeFetch, fixtureGitHub } from './fake-fetch';

/** A real report, made by the real engine over the fixture GitHub at time `now`. */
export async function fixtureReport(login: string, now: number): Promise<CandidateReport> {
  vi.stubGlobal('fetch', createFakeFetch(fixtureGitHub(() => now)).fetch);
  const analyzer = new CandidateAnalyzer(
    async () => new GitHubClient({ cache: new MemoryResponseCache(), now: () => now }),
    () => now,
  );
  const outcome = await analyzer.analyze({ login, refresh: false });
  vi.unstubAllGlobals();
  if (outcome.status !== 'ok') throw new Error(`fixture analysis of ${login} failed: ${outcome.error.kind}`);
  return outcome.report;
}
