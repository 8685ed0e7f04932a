import { describe, expect, it } from 'vitest';
import { analyzeAndScore } from '../../support/repo-recordings/analyze';
import { syntheticRepos } from '../../support/repo-recordings/synthetic';

// The repositories in test/fixtures/repos, each the project's own small copy of a layout pyvet met
// in real repositories (a uv workspace, a requirements/ folder behind -r, Travis on Python 2.7 …),
// run through the whole analysis and scored fact by fact as `npm run bench` scores real ones; like the
// bench's goal, no skill of the stack facts may be one a scorecard would call "not found".
const NOW = Date.parse('2026-11-30T12:00:00Z');
const wrongFacts = async (entry: Parameters<typeof analyzeAndScore>[0], recording: Parameters<typeof analyzeAndScore>[1], token?: string) => {
  const { scored, declaredButNotFound } = await analyzeAndScore(entry, recording, { token, now: NOW });
  return [
    ...scored.filter((fact) => !fact.right).map((fact) => `${fact.fact}: expected ${fact.expected}, pyvet ${fact.got}`),
    ...declaredButNotFound.map((skill) => `${skill}: a scorecard would call it "not found"`),
  ];
};

describe.each(syntheticRepos())('$name', ({ entry, recording }) => {
  it('gets every fact right anonymously (REST and raw downloads)', async () => {
    expect(await wrongFacts(entry, recording)).toEqual([]);
  });

  it('gets every fact right with a token (GraphQL)', async () => {
    expect(await wrongFacts(entry, recording, 'github_pat_test')).toEqual([]);
  });
});
