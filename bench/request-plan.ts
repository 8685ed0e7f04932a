// `npm run bench` part 2: how many requests an analysis costs, counted on the
// fixture GitHub (test/support), for each plan and cache state.
import { CandidateAnalyzer } from '../lib/github/candidate-analyzer';
import { DEFAULT_FRESHNESS_MS } from '../lib/github/cache-policy';
import { GitHubClient } from '../lib/github/client';
import { MemoryResponseCache } from '../test/support/memory-cache';
import { createFakeFetch, fixtureGitHub } from '../test/support/fake-fetch';

const START = Date.parse('2026-11-26T10:00:00Z');

async function measure(token: string | undefined) {
  const clock = { now: START };
  const fake = createFakeFetch(fixtureGitHub(() => clock.now));
  globalThis.fetch = fake.fetch as typeof fetch;
  const cache = new MemoryResponseCache();
  const analyzer = new CandidateAnalyzer(async () => new GitHubClient({ cache, token, now: () => clock.now }), () => clock.now);
  const count = async () => {
    const before = fake.requests.length;
    const outcome = await analyzer.analyze({ login: 'defunkt', refresh: false });
    if (outcome.status !== 'ok') throw new Error(`analysis failed: ${outcome.error.kind}`);
    const made = fake.requests.slice(before);
    return {
      api: made.filter((r) => r.url.startsWith('https://api.github.com/')).length,
      raw: made.filter((r) => r.url.startsWith('https://raw.githubusercontent.com/')).length,
      notModified: made.filter((r) => r.headers['if-none-match']).length,
    };
  };
  const cold = await count();
  const warm = await count();
  clock.now += DEFAULT_FRESHNESS_MS + 1;
  const stale = await count();
  return { cold, warm, stale };
}

const rows = [];
for (const [plan, token] of [['anonymous (REST)', undefined], ['token (GraphQL)', 'github_pat_bench']] as const) {
  const { cold, warm, stale } = await measure(token);
  rows.push({ plan, state: 'cold', 'API requests': cold.api, 'raw downloads': cold.raw, conditional: cold.notModified });
  rows.push({ plan, state: 'warm revisit', 'API requests': warm.api, 'raw downloads': warm.raw, conditional: warm.notModified });
  rows.push({ plan, state: 'stale (after 24 h)', 'API requests': stale.api, 'raw downloads': stale.raw, conditional: stale.notModified });
}
console.log('Requests per analysis of the fixture profile defunkt (4 repositories examined)');
console.table(rows);
