import type { RepoSnapshot } from '@/lib/analysis/evidence/snapshot';
import { readCorpusFile, readRecording } from '../../../support/corpus';
import { snapshotOfRecordedTree, type RecordedTree } from '../../../unit/evidence/snapshots';

/** Real recorded trees from the corpus's github-api/ folder (see test/corpus/README.md). */

/** sigmavirus24/github3.py as recorded in 2018: the repository object, then its recursive tree. */
export function github3Snapshot(files: Record<string, string> = {}): RepoSnapshot {
  const repo = readRecording('Repository_tree_recursive-1.json').body as {
    full_name: string;
    html_url: string;
    default_branch: string;
  };
  const tree = readRecording('Repository_tree_recursive-2.json').body as RecordedTree;
  return snapshotOfRecordedTree(repo, tree, files);
}

/** PyGithub/PyGithub's tree as recorded in 2012 (no `truncated` field then). */
export function pyGithubSnapshot(): RepoSnapshot {
  const tree = readRecording('PyGithub_Repository.testGetGitTreeWithRecursive-1.json').body as RecordedTree;
  const repository = { full_name: 'PyGithub/PyGithub', html_url: 'https://github.com/PyGithub/PyGithub', default_branch: 'master' };
  return snapshotOfRecordedTree(repository, tree);
}

/** GitHub's documentation example of a recursive tree (octocat/Hello-World). */
export function docsExampleSnapshot(): RepoSnapshot {
  const tree = JSON.parse(
    readCorpusFile('github-api/docs-examples/git-get-tree.response-recursively-retrieving-a-tree.json'),
  ) as RecordedTree;
  const repository = { full_name: 'octocat/Hello-World', html_url: 'https://github.com/octocat/Hello-World', default_branch: 'main' };
  return snapshotOfRecordedTree(repository, tree);
}
