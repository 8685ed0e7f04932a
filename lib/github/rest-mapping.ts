import type { RepoFacts, TreeEntry } from '../analysis/evidence/snapshot';
import type { GitHubRepo, GitHubTree } from './schemas';

/** A REST repository object in the words of pyvet's evidence contract. */
export function repoFactsFromRest(repo: GitHubRepo): RepoFacts {
  return {
    name: repo.name,
    fullName: repo.full_name,
    htmlUrl: repo.html_url,
    description: repo.description ?? null,
    fork: repo.fork,
    // The list endpoint does not name a fork's parent; a repository request would cost one more.
    parentFullName: null,
    archived: repo.archived ?? false,
    language: repo.language,
    stars: repo.stargazers_count ?? repo.watchers ?? 0,
    sizeKb: repo.size ?? 0,
    defaultBranch: repo.default_branch ?? 'HEAD',
    createdAt: repo.created_at ?? repo.pushed_at ?? '1970-01-01T00:00:00Z',
    pushedAt: repo.pushed_at ?? null,
    topics: repo.topics ?? [],
  };
}

/** Blobs and folders of a git tree; submodules ("commit" entries) are left out. */
export function treeEntriesFromRest(tree: GitHubTree): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const entry of tree.tree) {
    if (entry.type === 'blob' || entry.type === 'tree') {
      entries.push({ path: entry.path, type: entry.type, ...(entry.size === undefined ? {} : { size: entry.size }) });
    }
  }
  return entries;
}
