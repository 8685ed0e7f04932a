import { describe, expect, it } from 'vitest';
import { assessOriginality } from '@/lib/analysis/originality';
import { GitHubRepoListSchema } from '@/lib/github/schemas';
import { repoFactsFromRest } from '@/lib/github/rest-mapping';
import { readRecording } from '../../../support/corpus';

const recordedRepos = (...files: string[]) =>
  files.flatMap((file) => GitHubRepoListSchema.parse(readRecording(file).body).map(repoFactsFromRest));

// Expected figures were computed apart from this code, with a Python script over the same JSON.
describe('assessOriginality on real recorded repository lists', () => {
  it('reads dstufft’s 203 repositories (2017): mostly forks, no tutorial work', () => {
    const repos = recordedRepos('GitHub_repositories_by-1.json', 'GitHub_repositories_by-2.json', 'GitHub_repositories_by-3.json');
    const report = assessOriginality(repos, Date.parse('2017-02-10T22:26:10Z'));
    expect(report.counts).toEqual({
      repos: 203,
      forksNoOwnCommits: 27,
      forksWithPushes: 105,
      tutorialClones: 0,
      original: 71,
    });
    expect(report.forkShare).toBeCloseTo(132 / 203);
    expect(report.shallowCount).toBe(19);
    expect(report.polished.map((entry) => [entry.repo, entry.score])).toEqual([
      ['dstufft/django-passwords', 7],
      ['dstufft/django-postmark', 7],
      ['dstufft/dj-redis-url', 7],
    ]);
    expect(report.evidence).toHaveLength(132 + 3);
    const kinds = new Map(report.verdicts.map((verdict) => [verdict.repo, verdict.kind]));
    // Pushed three days before it was forked: the original's push.
    expect(kinds.get('dstufft/aiohttp')).toBe('fork-no-own-commits');
    // Pushed 2 min 40 s after forking.
    expect(kinds.get('dstufft/aide')).toBe('fork-with-pushes');
    // "…without the boilerplate…" in a description is not a boilerplate clone.
    expect(kinds.get('dstufft/cargocult')).toBe('original');
  });

  it('reads jacquev6’s 11 repositories (2012)', () => {
    const report = assessOriginality(
      recordedRepos('PyGithub_NamedUser.testGetRepos-1.json'),
      Date.parse('2012-05-26T12:00:00Z'),
    );
    expect(report.counts).toEqual({ repos: 11, forksNoOwnCommits: 1, forksWithPushes: 1, tutorialClones: 0, original: 9 });
    expect(report.shallowCount).toBe(0);
    expect(report.polished.map((entry) => [entry.repo, entry.score])).toEqual([
      ['jacquev6/PyGithub', 7],
      ['jacquev6/C4Planner', 6],
      ['jacquev6/Boost.HierarchicalEnum', 5],
    ]);
  });
});
