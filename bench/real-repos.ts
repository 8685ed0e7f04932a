// `npm run bench`: pyvet's evidence engine scored fact by fact on real public repositories, against the
// facts written by hand in test/corpus/real-repos.json, anonymously (REST) and with a token (GraphQL).
// Reads the recordings `npm run corpus:record` made under $PYVET_CORPUS/real-repos. `-- --manifest <file>`
// scores another batch of the same shape.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readManifest, recordingFolder } from '../test/corpus/real-repos';
import { analyzeAndScore } from '../test/support/repo-recordings/analyze';
import { loadRecording } from '../test/support/repo-recordings/recorded-github';
import { CATEGORIES, type Scored } from '../test/support/repo-recordings/score';

/** The day the manifest's end-of-life facts were written for. */
const NOW = Date.parse('2026-11-30T12:00:00Z');

const corpus = process.env.PYVET_CORPUS;
if (!corpus) {
  console.log('Real-repository accuracy: not measured. Set PYVET_CORPUS to the corpus and run `npm run corpus:record` (test/corpus/README.md).');
  process.exit(0);
}

// `--manifest <file>` scores a new batch on its own, before anything is tuned on it.
const manifest = readManifest(parseArgs({ options: { manifest: { type: 'string' } }, strict: false }).values.manifest as string | undefined);
const recorded = manifest.repos.filter((entry) => existsSync(recordingFolder(corpus, entry.repo)));
const missing = manifest.repos.filter((entry) => !recorded.includes(entry)).map((entry) => entry.repo);

interface ModeResult {
  scored: Scored[];
  requests: { repo: string; api: number; raw: number }[];
  /** "owner/name: Skill" for each skill its manifests declare that a scorecard would call "not found". */
  declaredButNotFound: string[];
}

async function run(token: string | undefined): Promise<ModeResult> {
  const scored: Scored[] = [];
  const requests: ModeResult['requests'] = [];
  const declaredButNotFound: string[] = [];
  const unrecorded = new Set<string>();
  for (const entry of recorded) {
    const recording = loadRecording(recordingFolder(corpus!, entry.repo));
    const result = await analyzeAndScore(entry, recording, { token, now: NOW, unrecorded });
    scored.push(...result.scored);
    requests.push({ repo: entry.repo, ...result.requests });
    declaredButNotFound.push(...result.declaredButNotFound.map((skill) => `${entry.repo}: ${skill}`));
  }
  if (unrecorded.size > 0) console.log(`Asked for files the recorder did not keep (re-record with a wider filter):\n  ${[...unrecorded].join('\n  ')}`);
  return { scored, requests, declaredButNotFound };
}

const percent = (right: number, total: number) => (total === 0 ? '—' : `${((right / total) * 100).toFixed(1)}%`);
function table(results: Record<string, ModeResult>) {
  const rows = [...CATEGORIES, 'overall' as const].map((category) => {
    const row: Record<string, string> = { category };
    for (const [mode, { scored }] of Object.entries(results)) {
      const facts = category === 'overall' ? scored : scored.filter((fact) => fact.category === category);
      const right = facts.filter((fact) => fact.right).length;
      row[mode] = `${right}/${facts.length} (${percent(right, facts.length)})`;
    }
    return row;
  });
  console.table(rows);
}

/** Goals: most facts right overall, no category far behind. */
const OVERALL_GOAL = 0.97;
const CATEGORY_GOAL = 0.9;

const results = { anonymous: await run(undefined), token: await run('github_pat_bench') };
console.log(`Real-repository accuracy on ${recorded.length} of ${manifest.repos.length} repositories (facts as of ${manifest.asOf})`);
if (missing.length > 0) console.log(`Not recorded, so not scored: ${missing.join(', ')}`);
table(results);
for (const [mode, { scored, requests }] of Object.entries(results)) {
  const wrong = scored.filter((fact) => !fact.right);
  console.log(`\n${mode}: ${wrong.length} wrong facts`);
  for (const fact of wrong) console.log(`  ${fact.repo} · ${fact.fact}: expected ${fact.expected}, pyvet ${fact.got}${fact.reason ? ` (truth: ${fact.reason})` : ''}`);
  const worst = (key: 'api' | 'raw') => Math.max(...requests.map((request) => request[key]));
  const mean = (key: 'api' | 'raw') => (requests.reduce((sum, request) => sum + request[key], 0) / requests.length).toFixed(1);
  console.log(`  requests per analysis of one repository: API mean ${mean('api')}, worst ${worst('api')}; raw mean ${mean('raw')}, worst ${worst('raw')}`);
}

console.log('\nGoals');
for (const [mode, { scored, declaredButNotFound }] of Object.entries(results)) {
  const declared = declaredButNotFound.length === 0 ? 'none' : declaredButNotFound.join('; ');
  console.log(`  ${mode}: stack skills of the truth a scorecard would call "not found": ${declared} (goal: none: ${declaredButNotFound.length === 0 ? 'met' : 'not met'})`);
  const share = (facts: Scored[]) => facts.filter((fact) => fact.right).length / Math.max(1, facts.length);
  const overall = share(scored);
  const weakest = CATEGORIES.map((category) => ({ category, share: share(scored.filter((fact) => fact.category === category)) })).sort((a, b) => a.share - b.share)[0]!;
  const verdict = (value: number, goal: number) => (value >= goal ? 'met' : 'not met');
  console.log(`  ${mode}: overall ${percent(overall, 1)} (goal ≥ ${OVERALL_GOAL * 100}%: ${verdict(overall, OVERALL_GOAL)}); weakest category ${weakest.category} ${percent(weakest.share, 1)} (goal ≥ ${CATEGORY_GOAL * 100}%: ${verdict(weakest.share, CATEGORY_GOAL)})`);
}
