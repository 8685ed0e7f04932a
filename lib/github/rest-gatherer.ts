import type { AccountSnapshot, ProgressListener } from '../analysis/account-snapshot';
import type { RepoFacts, RepoSnapshot } from '../analysis/evidence/snapshot';
import { selectReposToExamine } from '../analysis/repo-selection';
import type { GitHubClient } from './client';
import { classifyRequestFailure, isRateLimit } from './errors';
import { downloadPlannedFiles } from './planned-downloads';
import { repoFactsFromRest, treeEntriesFromRest } from './rest-mapping';

/**
 * Gathers an account anonymously over REST within the request plan:
 *   round 1: user, own repositories (one page), public events   — 3 API requests
 *   round 2: recursive trees of the ≤5 most relevant repositories — ≤5 API requests
 *   round 3: the small files each tree shows are worth reading, from raw.githubusercontent.com
 *   round 4: the files those point to (an include, a workspace member, a CI script)
 * Rounds 3 and 4 download at most MAX_FILES_PER_REPO files per repository and
 * MAX_FILES_PER_ANALYSIS in all, so an analysis takes four round trips at most.
 * Everything goes through the client's cache, so a warm revisit costs nothing.
 */
export async function gatherOverRest(
  client: GitHubClient,
  login: string,
  options: { now: number; signal?: AbortSignal; onProgress?: ProgressListener },
): Promise<AccountSnapshot> {
  const { signal, onProgress } = options;
  const gaps: string[] = [];
  let apiRequests = 0;
  let rawRequests = 0;
  const confirmedAt: number[] = [];

  onProgress?.({ step: 'account' });
  // The three are independent, so they share one round trip.
  const [user, repoList, events] = await Promise.all([
    client.fetchUser(login, signal),
    client.fetchOwnRepos(login, signal),
    client.fetchPublicEvents(login, signal).catch((failure: unknown) => {
      gaps.push(`Recent public activity could not be read (${classifyRequestFailure(failure).kind}).`);
      return null;
    }),
  ]);
  for (const fetched of [user, repoList, events]) {
    if (!fetched) continue;
    apiRequests += fetched.requestsMade;
    confirmedAt.push(fetched.fetchedAt);
  }

  const repos = repoList.data.map(repoFactsFromRest);
  const chosen = user.data.type === 'Organization' ? [] : selectReposToExamine(repos, options.now);

  onProgress?.({ step: 'trees', repos: chosen.length });
  const trees = await Promise.all(chosen.map((repo) => examineTree(client, repo, signal)));
  const examined: RepoSnapshot[] = [];
  for (const result of trees) {
    apiRequests += result.requestsMade;
    if ('gap' in result) gaps.push(result.gap);
    else {
      examined.push(result.snapshot);
      confirmedAt.push(result.fetchedAt);
    }
  }

  const files = await downloadPlannedFiles(client, examined, { gaps, signal, onProgress });
  rawRequests += files.requestsMade;

  return {
    user: user.data,
    repos,
    events: events?.data ?? null,
    contributions: null,
    examined,
    gaps,
    cost: { apiRequests, rawRequests, mode: 'anonymous' },
    fetchedAt: Math.min(...confirmedAt),
  };
}

type TreeResult =
  | { snapshot: RepoSnapshot; fetchedAt: number; requestsMade: number }
  | { gap: string; requestsMade: number };

async function examineTree(client: GitHubClient, repo: RepoFacts, signal?: AbortSignal): Promise<TreeResult> {
  try {
    const tree = await client.fetchTree(repo.fullName, repo.defaultBranch, signal);
    return {
      snapshot: {
        fullName: repo.fullName,
        htmlUrl: repo.htmlUrl,
        defaultBranch: repo.defaultBranch,
        tree: treeEntriesFromRest(tree.data),
        treeTruncated: tree.data.truncated ?? false,
        files: {},
      },
      fetchedAt: tree.fetchedAt,
      requestsMade: tree.requestsMade,
    };
  } catch (failure) {
    // A spent rate limit stops the whole analysis; anything else only loses this repository.
    if (isRateLimit(failure)) throw failure;
    const kind = classifyRequestFailure(failure).kind;
    const reason = kind === 'empty-repository' ? 'it is empty' : `GitHub answered ${kind}`;
    return { gap: `${repo.fullName} could not be examined: ${reason}.`, requestsMade: 1 };
  }
}
