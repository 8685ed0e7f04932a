import { describe, expect, it } from 'vitest';
import { MAX_FILES_PER_ANALYSIS, MAX_FILES_PER_REPO } from '@/lib/analysis/evidence/file-plan';
import type { RepoSnapshot } from '@/lib/analysis/evidence/snapshot';
import type { GitHubClient } from '@/lib/github/client';
import { GitHubRequestFailed } from '@/lib/github/errors';
import { downloadPlannedFiles } from '@/lib/github/planned-downloads';

/** A client whose raw downloads answer from `files` ("owner/name:path" → text; missing = 404) and record each ask. */
function rawClient(files: Record<string, string>, fail: (path: string) => boolean = () => false) {
  const asked: string[] = [];
  const client = {
    async fetchRawFile(fullName: string, _branch: string, path: string) {
      asked.push(`${fullName}:${path}`);
      if (fail(path)) throw new GitHubRequestFailed({ kind: 'network', detail: 'connection reset' });
      return { data: files[`${fullName}:${path}`] ?? null, requestsMade: 1, fetchedAt: 0 };
    },
  } as unknown as GitHubClient;
  return { client, asked };
}

function snapshot(fullName: string, paths: string[]): RepoSnapshot {
  return {
    fullName,
    htmlUrl: `https://github.com/${fullName}`,
    defaultBranch: 'main',
    tree: paths.map((path) => ({ path, type: 'blob' as const, size: 100 })),
    treeTruncated: false,
    files: {},
  };
}

describe('downloadPlannedFiles', () => {
  it('reads what the first files point to in a second round', async () => {
    const repo = snapshot('ada/shop', ['requirements.txt', 'requirements/base.txt', 'README.md', 'shop/app.py']);
    const { client, asked } = rawClient({
      'ada/shop:requirements.txt': '-r requirements/base.txt\n',
      'ada/shop:requirements/base.txt': 'django==5.1\n',
      'ada/shop:README.md': '# Shop\n',
    });
    const gaps: string[] = [];
    const { requestsMade } = await downloadPlannedFiles(client, [repo], { gaps });
    expect(repo.files['requirements/base.txt']).toBe('django==5.1\n');
    expect(requestsMade).toBe(asked.length);
    expect(gaps).toEqual([]);
  });

  it('never asks for a path twice, even when it was missing the first time', async () => {
    const repo = snapshot('ada/shop', ['pyproject.toml', 'README.md', 'Dockerfile']);
    const { client, asked } = rawClient({ 'ada/shop:README.md': '# Shop\n' });
    const gaps: string[] = [];
    await downloadPlannedFiles(client, [repo], { gaps });
    expect(asked.sort()).toEqual(['ada/shop:Dockerfile', 'ada/shop:README.md', 'ada/shop:pyproject.toml']);
    // A 404 is an answer, not a gap in the budget.
    expect(gaps).toEqual([]);
  });

  it('names a download that failed, and keeps the rest', async () => {
    const repo = snapshot('ada/shop', ['pyproject.toml', 'README.md']);
    const { client } = rawClient({ 'ada/shop:README.md': '# Shop\n' }, (path) => path === 'pyproject.toml');
    const gaps: string[] = [];
    await downloadPlannedFiles(client, [repo], { gaps });
    expect(repo.files['README.md']).toBe('# Shop\n');
    expect(gaps).toEqual(['ada/shop/pyproject.toml could not be downloaded (network).']);
  });

  it('skips what was already asked another way (GraphQL by path), and downloads only the rest', async () => {
    const repo = snapshot('ada/shop', ['requirements.txt', 'services/api/requirements.txt', 'README.md']);
    repo.files['requirements.txt'] = '-r services/api/requirements.txt\n';
    const { client, asked } = rawClient({ 'ada/shop:services/api/requirements.txt': 'fastapi\n' });
    await downloadPlannedFiles(client, [repo], { gaps: [], alreadyAsked: (path) => path === 'README.md' || path === 'requirements.txt' });
    expect(asked).toEqual(['ada/shop:services/api/requirements.txt']);
    expect(repo.files['services/api/requirements.txt']).toBe('fastapi\n');
  });

  it('keeps to the budget per repository and per analysis, and names what it left unread', async () => {
    const workflows = Array.from({ length: 12 }, (_, i) => `.github/workflows/test-${i}.yml`);
    const repos = Array.from({ length: 5 }, (_, i) =>
      snapshot(`ada/lib-${i}`, ['pyproject.toml', 'README.md', 'Dockerfile', '.python-version', 'tox.ini', 'noxfile.py', 'Makefile', ...workflows]),
    );
    const { client, asked } = rawClient({});
    const gaps: string[] = [];
    await downloadPlannedFiles(client, repos, { gaps });
    expect(asked.length).toBeLessThanOrEqual(MAX_FILES_PER_ANALYSIS);
    for (const repo of repos) expect(asked.filter((ask) => ask.startsWith(`${repo.fullName}:`)).length).toBeLessThanOrEqual(MAX_FILES_PER_REPO);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps[0]).toMatch(/^ada\/lib-\d: .+ not read \(download budget\)\.$/);
  });

  it('stops the whole analysis on a rate limit', async () => {
    const repo = snapshot('ada/shop', ['pyproject.toml']);
    const client = {
      fetchRawFile: () => Promise.reject(new GitHubRequestFailed({ kind: 'rate-limited', resetAt: 1000 })),
    } as unknown as GitHubClient;
    await expect(downloadPlannedFiles(client, [repo], { gaps: [] })).rejects.toMatchObject({ error: { kind: 'rate-limited', resetAt: 1000 } });
  });
});
