import type { ProgressListener } from '../analysis/account-snapshot';
import { declaresStack, MAX_FILES_PER_ANALYSIS, MAX_FILES_PER_REPO, planDownloads } from '../analysis/evidence/file-plan';
import type { RepoSnapshot } from '../analysis/evidence/snapshot';
import type { GitHubClient } from './client';
import { classifyRequestFailure, isRateLimit } from './errors';

/**
 * Downloads the small files the plan (file-plan.ts) wants for the examined
 * repositories from raw.githubusercontent.com, which costs no API request
 * and never sees the token: a first round from the trees, then one round of
 * what those files point to. At most MAX_FILES_PER_REPO files a repository
 * and MAX_FILES_PER_ANALYSIS in all; whatever the budget leaves unread is
 * named in `gaps`. Fills each snapshot's `files`.
 */
export async function downloadPlannedFiles(
  client: GitHubClient,
  examined: readonly RepoSnapshot[],
  options: {
    gaps: string[];
    signal?: AbortSignal;
    onProgress?: ProgressListener;
    /** Paths already asked for another way (GraphQL by path): absent from `files` means absent from the repository. */
    alreadyAsked?: (path: string) => boolean;
  },
): Promise<{ requestsMade: number }> {
  const { gaps, signal, alreadyAsked = () => false } = options;
  // The first round gets most of the budget; what its files point to shares the rest.
  const firstRound = Math.min(MAX_FILES_PER_REPO - 2, Math.floor(MAX_FILES_PER_ANALYSIS / Math.max(1, examined.length)) - 1);
  const taken = new Map<RepoSnapshot, number>();
  // A path asked once is never asked again: a 404 or a failure is an answer too.
  const asked = new Map(examined.map((snapshot) => [snapshot, new Set<string>()]));
  const wanted = (snapshot: RepoSnapshot) =>
    planDownloads(snapshot.tree, snapshot.files).filter(({ path }) => !alreadyAsked(path) && !asked.get(snapshot)?.has(path));
  let budget = MAX_FILES_PER_ANALYSIS;
  let requestsMade = 0;

  const plannedRound = (perRepo: (snapshot: RepoSnapshot) => number) =>
    examined.flatMap((snapshot) => {
      const room = Math.min(perRepo(snapshot), budget);
      const chosen = wanted(snapshot).slice(0, Math.max(0, room));
      budget -= chosen.length;
      for (const { path } of chosen) asked.get(snapshot)?.add(path);
      taken.set(snapshot, (taken.get(snapshot) ?? 0) + chosen.length);
      return chosen.map(({ path }) => ({ snapshot, path }));
    });

  const download = async (downloads: { snapshot: RepoSnapshot; path: string }[]) => {
    const results = await Promise.all(
      downloads.map(({ snapshot, path }) =>
        client.fetchRawFile(snapshot.fullName, snapshot.defaultBranch, path, signal).then(
          (fetched) => ({ snapshot, path, fetched }),
          (failure: unknown) => {
            if (isRateLimit(failure)) throw failure;
            gaps.push(`${snapshot.fullName}/${path} could not be downloaded (${classifyRequestFailure(failure).kind}).`);
            return null;
          },
        ),
      ),
    );
    for (const file of results) {
      if (!file) continue;
      requestsMade += file.fetched.requestsMade;
      if (file.fetched.data !== null) file.snapshot.files[file.path] = file.fetched.data;
    }
  };

  const first = plannedRound(() => firstRound);
  options.onProgress?.({ step: 'files', files: first.length });
  await download(first);
  await download(plannedRound((snapshot) => MAX_FILES_PER_REPO - (taken.get(snapshot) ?? 0)));
  for (const snapshot of examined) {
    // Unread manifests (and a folder's only Dockerfile or compose file) are named with the stack they leave unknown (candidate-report.ts); a test module is a bonus.
    const unread = wanted(snapshot).filter(({ role }) => role !== 'test-module' && !declaresStack(role));
    if (unread.length > 0) gaps.push(`${snapshot.fullName}: ${unread.map(({ path }) => path).join(', ')} not read (download budget).`);
  }
  return { requestsMade };
}
