import type { RepoFacts } from '@/lib/analysis/evidence/snapshot';

/** An own Python repository of ada's with neutral facts; tests override what they are about. */
export function repoFacts(name: string, overrides: Partial<RepoFacts> = {}): RepoFacts {
  return {
    name,
    fullName: `ada/${name}`,
    htmlUrl: `https://github.com/ada/${name}`,
    description: null,
    fork: false,
    parentFullName: null,
    archived: false,
    language: 'Python',
    stars: 0,
    sizeKb: 100,
    defaultBranch: 'main',
    createdAt: '2015-01-01T00:00:00Z',
    pushedAt: '2015-01-01T00:00:00Z',
    topics: [],
    ...overrides,
  };
}
