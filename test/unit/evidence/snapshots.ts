import type { RepoSnapshot, TreeEntry } from '@/lib/analysis/evidence/snapshot';
import { readOwnFixture } from '../../support/fixtures';

/** Snapshots for the evidence detectors' tests, all made up: REST-shaped trees and small hand-written ones. */

export interface RecordedTree {
  tree: { path: string; type: string; size?: number }[];
  truncated?: boolean;
}

function entriesOf(body: RecordedTree): TreeEntry[] {
  return body.tree.flatMap((entry) =>
    entry.type === 'blob' || entry.type === 'tree' ? [{ path: entry.path, type: entry.type, size: entry.size }] : [],
  );
}

/** A tree as GitHub's REST API answers `git/trees/{sha}?recursive=1`, with the repository it belongs to. */
interface RestTreeFixture {
  repository: { full_name: string; html_url: string; default_branch: string };
  tree: RecordedTree;
}

/**
 * A made-up repository in test/fixtures/github-api/rest-trees, in the REST
 * shape of its time: library-2018 (Travis, tox, Sphinx, pytest tests),
 * library-2012 (no `truncated` field, *.UnitTest.py modules), assets-only.
 */
export function restTreeSnapshot(name: 'library-2018' | 'library-2012' | 'assets-only', files: Record<string, string> = {}): RepoSnapshot {
  const { repository, tree } = JSON.parse(readOwnFixture(`github-api/rest-trees/${name}.json`)) as RestTreeFixture;
  return snapshotOfRecordedTree(repository, tree, files);
}

/** A snapshot of a tree recorded from the REST API, as the gatherer would build it. */
export function snapshotOfRecordedTree(
  repository: RestTreeFixture['repository'],
  tree: RecordedTree,
  files: Record<string, string> = {},
): RepoSnapshot {
  return {
    fullName: repository.full_name,
    htmlUrl: repository.html_url,
    defaultBranch: repository.default_branch,
    tree: entriesOf(tree),
    treeTruncated: tree.truncated ?? false,
    files,
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
