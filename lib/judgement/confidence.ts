import type { CandidateReport } from '../analysis/candidate-report';
import type { ProfileReading } from '../readers/profile-reading';
import type { Verdict } from './verdict';
import { plural } from '../text/plural';

/** Fewer repositories than this say too little to judge a portfolio: no portfolio flag is raised. */
const MIN_LISTED_REPOS = 3;

/** Whether the public evidence is too thin for any portfolio flag. */
export function portfolioIsThin(report: CandidateReport): boolean {
  return report.reposListed < MIN_LISTED_REPOS;
}

/**
 * How far the verdict can be trusted, and why. Thin public evidence lowers
 * confidence instead of counting against the candidate: much good work is
 * private. Low: no code to look at; medium: part of it was out of sight.
 */
export function assessConfidence(report: CandidateReport | null, reading: ProfileReading | null): Verdict['confidence'] {
  const low: string[] = [];
  const medium: string[] = [];
  if (!report) {
    low.push(
      reading && reading.githubLogins.length === 0
        ? 'The profile links no GitHub account, so no code could be checked.'
        : 'No GitHub account was analyzed, so no code could be checked.',
    );
  } else {
    if (portfolioIsThin(report)) {
      low.push(`Only ${plural(report.reposListed, 'public repository', 'public repositories')}: too few to judge a portfolio, so no portfolio flag was raised.`);
    } else if (report.repos.length === 0) {
      low.push('No repository of their own with code could be opened, so tests, docs and stack are unknown.');
    }
    if (report.reposListed < report.publicRepos) {
      medium.push(`Only the ${report.reposListed} most recently pushed of ${report.publicRepos} public repositories were listed.`);
    }
    const partial = report.repos.filter((repo) => repo.partial).map((repo) => repo.repo);
    if (partial.length > 0) medium.push(`GitHub listed only part of the files of ${partial.join(', ')}.`);
  }
  if (reading && reading.couldNotRead.length > 0) {
    medium.push(`The profile page's ${reading.couldNotRead.join(', ')} could not be read.`);
  }
  const level = low.length > 0 ? 'low' : medium.length > 0 ? 'medium' : 'high';
  return { level, reasons: [...low, ...medium] };
}
