import type { RepoFacts } from './evidence/snapshot';

/** How many repositories are examined closely (one tree request each, anonymous budget). */
export const MAX_EXAMINED_REPOS = 5;

const YEAR_MS = 365 * 24 * 3600_000;

/**
 * Which repositories deserve a close look: the candidate's own work (no forks,
 * nothing empty), Python first, then notebooks, then other languages; within
 * those, recent and substantial work first.
 */
export function selectReposToExamine(repos: readonly RepoFacts[], now: number, limit = MAX_EXAMINED_REPOS): RepoFacts[] {
  return repos
    .filter((repo) => !repo.fork && repo.sizeKb > 0 && repo.pushedAt !== null)
    .map((repo) => ({ repo, rank: relevance(repo, now) }))
    .sort((a, b) => b.rank - a.rank || a.repo.fullName.localeCompare(b.repo.fullName))
    .slice(0, limit)
    .map(({ repo }) => repo);
}

function relevance(repo: RepoFacts, now: number): number {
  const languageWeight = repo.language === 'Python' ? 100 : repo.language === 'Jupyter Notebook' ? 40 : 0;
  const pushedAt = repo.pushedAt ? Date.parse(repo.pushedAt) : 0;
  const recentWeight = now - pushedAt < YEAR_MS ? 30 : now - pushedAt < 3 * YEAR_MS ? 10 : 0;
  // Logarithms keep one famous repository from drowning out everything else.
  const substance = Math.log10(1 + repo.stars) * 8 + Math.log10(1 + repo.sizeKb) * 4 + (repo.description ? 3 : 0);
  return languageWeight + recentWeight + substance - (repo.archived ? 15 : 0);
}
