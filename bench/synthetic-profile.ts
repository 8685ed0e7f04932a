import type { AccountSnapshot } from '@/lib/analysis/account-snapshot';
import type { RepoFacts, RepoSnapshot } from '@/lib/analysis/evidence/snapshot';

const LANGUAGES = ['Python', 'Python', 'JavaScript', 'Go', 'Jupyter Notebook', null];
const DAY_MS = 86_400_000;

/** A synthetic account with `repoCount` repositories and five examined ones, as a gatherer would return it. */
export function syntheticAccount(repoCount: number, now: number): AccountSnapshot {
  const repos: RepoFacts[] = Array.from({ length: repoCount }, (_, i) => ({
    name: `repo-${i}`,
    fullName: `ada/repo-${i}`,
    htmlUrl: `https://github.com/ada/repo-${i}`,
    description: i % 3 ? `Service ${i}` : null,
    fork: i % 4 === 0,
    parentFullName: null,
    archived: false,
    language: LANGUAGES[i % LANGUAGES.length] ?? null,
    stars: i % 17,
    sizeKb: 100 + i,
    defaultBranch: 'main',
    createdAt: new Date(now - (800 - i) * DAY_MS).toISOString(),
    pushedAt: new Date(now - (i % 400) * DAY_MS).toISOString(),
    topics: i % 5 ? [] : ['api'],
  }));
  const examined: RepoSnapshot[] = repos.slice(1, 6).map((repo) => ({
    fullName: repo.fullName,
    htmlUrl: repo.htmlUrl,
    defaultBranch: 'main',
    treeTruncated: false,
    tree: [
      { path: 'README.md', type: 'blob', size: 4000 },
      { path: 'pyproject.toml', type: 'blob', size: 600 },
      { path: '.github/workflows/ci.yml', type: 'blob', size: 300 },
      ...Array.from({ length: 400 }, (_, f) => ({ path: `src/pkg/module_${f}.py`, type: 'blob' as const, size: 2000 })),
      ...Array.from({ length: 150 }, (_, f) => ({ path: `tests/test_module_${f}.py`, type: 'blob' as const, size: 1500 })),
    ],
    files: {
      'pyproject.toml': '[project]\nname = "x"\ndependencies = ["fastapi", "sqlalchemy>=2", "pytest"]\n',
      '.github/workflows/ci.yml': 'jobs:\n  t:\n    steps:\n      - run: pytest -q\n',
      'README.md': `# x\n\n## Installation\n\npip install x\n\n## Usage\n\n${'text '.repeat(700)}`,
    },
  }));
  return {
    user: { login: 'ada', id: 1, type: 'User', name: 'Ada', avatar_url: 'https://a/1', html_url: 'https://github.com/ada', public_repos: repoCount },
    repos,
    events: Array.from({ length: 100 }, (_, i) => ({
      type: 'PushEvent',
      repo: { name: `ada/repo-${i % 30}` },
      created_at: new Date(now - (i % 28) * DAY_MS).toISOString(),
      payload: { size: 2 },
    })),
    contributions: null,
    examined,
    gaps: [],
    cost: { apiRequests: 8, rawRequests: 15, mode: 'anonymous' },
    fetchedAt: now,
  };
}
