import { SKILL_CATALOGUE } from '../../../lib/analysis/evidence/skill-catalogue';
import { CandidateAnalyzer } from '../../../lib/github/candidate-analyzer';
import { matchSkill } from '../../../lib/judgement/match';
import { GitHubClient } from '../../../lib/github/client';
import type { ManifestEntry } from '../../corpus/real-repos';
import { createFakeFetch } from '../fake-fetch';
import { MemoryResponseCache } from '../memory-cache';
import { recordedGitHub, type Recording, type Unrecorded } from './recorded-github';
import { observe, scoreEntry, type Scored } from './score';

export interface ScoredAnalysis {
  scored: Scored[];
  requests: { api: number; raw: number };
  /** Skills the truth says the project runs on that a scorecard would call "not found". */
  declaredButNotFound: string[];
}

/**
 * Runs pyvet's whole analysis on one recorded repository, served as a fake
 * GitHub (REST anonymously, GraphQL with a token), and scores the report
 * against the entry's hand-written facts. Replaces the global fetch.
 */
export async function analyzeAndScore(
  entry: ManifestEntry,
  recording: Recording,
  options: { token?: string; now: number; unrecorded?: Unrecorded },
): Promise<ScoredAnalysis> {
  const fake = createFakeFetch(recordedGitHub(recording, options.unrecorded ?? new Set()));
  globalThis.fetch = fake.fetch as typeof fetch;
  const analyzer = new CandidateAnalyzer(
    async () => new GitHubClient({ cache: new MemoryResponseCache(), token: options.token, now: () => options.now }),
    () => options.now,
  );
  const outcome = await analyzer.analyze({ login: entry.repo.split('/')[0]!, refresh: false });
  const report = outcome.status === 'ok' ? outcome.report : null;
  const examined = report?.repos.find((repo) => repo.repo === entry.repo);
  const count = (host: string) => fake.requests.filter((request) => new URL(request.url).hostname === host).length;
  const declared = entry.facts.flatMap((fact) => (fact.fact === 'stack-has' ? [SKILL_CATALOGUE.find((skill) => skill.id === fact.value)?.name ?? fact.value] : []));
  return {
    scored: scoreEntry(entry, examined && report ? observe(examined, report) : null),
    requests: { api: count('api.github.com'), raw: count('raw.githubusercontent.com') },
    declaredButNotFound: report ? declared.filter((skill) => matchSkill(skill, report, []).status === 'not-found') : declared,
  };
}
