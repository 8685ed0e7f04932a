import type { RepoSnapshot, TreeEntry } from '@/lib/analysis/evidence/snapshot';
import { readOwnFixture, readRecording, readSharedFixture } from '../../support/fixtures';

/** Snapshots for the evidence detectors' tests: real recorded trees, and small made-up ones. */

interface RecordedTree {
  tree: { path: string; type: string; size?: number }[];
  truncated?: boolean;
}

function entriesOf(body: RecordedTree): TreeEntry[] {
  return body.tree.flatMap((entry) =>
    entry.type === 'blob' || entry.type === 'tree' ? [{ path: entry.path, type: entry.type, size: entry.size }] : [],
  );
}

/** sigmavirus24/github3.py as recorded in 2018: the repository object, then its recursive tree. */
export function github3Snapshot(files: Record<string, string> = {}): RepoSnapshot {
  const repo = readRecording('Repository_tree_recursive-1.json').body as {
    full_name: string;
    html_url: string;
    default_branch: string;
  };
  const tree = readRecording('Repository_tree_recursive-2.json').body as RecordedTree;
  return {
    fullName: repo.full_name,
    htmlUrl: repo.html_url,
    defaultBranch: repo.default_branch,
    tree: entriesOf(tree),
    treeTruncated: tree.truncated ?? false,
    files,
  };
}

/** PyGithub/PyGithub's tree as recorded in 2012 (no `truncated` field then). */
export function pyGithubSnapshot(): RepoSnapshot {
  const tree = readRecording('PyGithub_Repository.testGetGitTreeWithRecursive-1.json').body as RecordedTree;
  return {
    fullName: 'PyGithub/PyGithub',
    htmlUrl: 'https://github.com/PyGithub/PyGithub',
    defaultBranch: 'master',
    tree: entriesOf(tree),
    treeTruncated: tree.truncated ?? false,
    files: {},
  };
}

/** GitHub's documentation example of a recursive tree (octocat/Hello-World). */
export function docsExampleSnapshot(): RepoSnapshot {
  const tree = JSON.parse(
    readSharedFixture('github-api/docs-examples/git-get-tree.response-recursively-retrieving-a-tree.json'),
  ) as RecordedTree;
  return {
    fullName: 'octocat/Hello-World',
    htmlUrl: 'https://github.com/octocat/Hello-World',
    defaultBranch: 'main',
    tree: entriesOf(tree),
    treeTruncated: tree.truncated ?? false,
    files: {},
  };
}

/**
 * A made-up repository "jo/app" on branch main. Paths are blobs unless they
 * end with "/" (a folder); downloaded files are added to the tree as blobs.
 */
export function syntheticSnapshot(
  paths: (string | TreeEntry)[],
  files: Record<string, string> = {},
  treeTruncated = false,
): RepoSnapshot {
  const tree: TreeEntry[] = paths.map((path) => {
    if (typeof path !== 'string') return path;
    return path.endsWith('/') ? { path: path.slice(0, -1), type: 'tree' } : { path, type: 'blob', size: 1000 };
  });
  for (const path of Object.keys(files)) {
    if (!tree.some((entry) => entry.path === path)) tree.push({ path, type: 'blob', size: files[path]?.length });
  }
  return { fullName: 'jo/app', htmlUrl: 'https://github.com/jo/app', defaultBranch: 'main', tree, treeTruncated, files };
}

/** A synthetic file text from test/fixtures/evidence. */
export function evidenceFixture(name: string): string {
  return readOwnFixture(`evidence/${name}`);
}
