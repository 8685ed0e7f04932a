import { z } from 'zod';
import type { GitHubClient } from '../github/client';
import type { GitHubRepo, GitHubUser } from '../github/schemas';

/** The first, cheap look at a GitHub account: two API requests at most. */
export const FirstLookSchema = z.object({
  login: z.string(),
  name: z.string().nullable(),
  avatarUrl: z.string(),
  profileUrl: z.string(),
  isOrganization: z.boolean(),
  publicRepos: z.number(),
  /** How many repositories were examined: GitHub lists at most one page of them here. */
  reposExamined: z.number(),
  pythonRepos: z.number(),
  /** Of pythonRepos, how many are forks of someone else's work. */
  pythonForks: z.number(),
  /** The most recent push to a Python repository the candidate owns (forks left out). */
  lastPythonPush: z
    .object({ repo: z.string(), url: z.string(), pushedAt: z.string() })
    .nullable(),
  fetchedAt: z.number(),
  apiRequests: z.number(),
});
export type FirstLook = z.infer<typeof FirstLookSchema>;

/** Pure: summarizes a user and their repositories. */
export function summarizeFirstLook(
  user: GitHubUser,
  repos: readonly GitHubRepo[],
  context: { fetchedAt: number; apiRequests: number },
): FirstLook {
  const pythonRepos = repos.filter((repo) => repo.language === 'Python');
  let lastPythonPush: FirstLook['lastPythonPush'] = null;
  for (const repo of pythonRepos) {
    if (repo.fork || !repo.pushed_at) continue;
    if (!lastPythonPush || Date.parse(repo.pushed_at) > Date.parse(lastPythonPush.pushedAt)) {
      lastPythonPush = { repo: repo.full_name, url: repo.html_url, pushedAt: repo.pushed_at };
    }
  }
  return {
    login: user.login,
    name: user.name?.trim() || null,
    avatarUrl: user.avatar_url,
    profileUrl: user.html_url,
    isOrganization: user.type === 'Organization',
    publicRepos: user.public_repos,
    reposExamined: repos.length,
    pythonRepos: pythonRepos.length,
    pythonForks: pythonRepos.filter((repo) => repo.fork).length,
    lastPythonPush,
    fetchedAt: context.fetchedAt,
    apiRequests: context.apiRequests,
  };
}

/** Fetches what the first look needs (through the cache) and summarizes it. */
export async function fetchFirstLook(client: GitHubClient, login: string, signal?: AbortSignal): Promise<FirstLook> {
  const user = await client.fetchUser(login, signal);
  // An organization is not a candidate: spare the second request.
  if (user.data.type === 'Organization') {
    return summarizeFirstLook(user.data, [], { fetchedAt: user.fetchedAt, apiRequests: user.requestsMade });
  }
  const repos = await client.fetchOwnRepos(user.data.login, signal);
  return summarizeFirstLook(user.data, repos.data, {
    // The older of the two answers says how fresh the whole look is.
    fetchedAt: Math.min(user.fetchedAt, repos.fetchedAt),
    apiRequests: user.requestsMade + repos.requestsMade,
  });
}
