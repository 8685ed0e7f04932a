import type { CandidateReport } from '../analysis/candidate-report';
import { emptyReading, type ProfileReading } from '../readers/profile-reading';

/**
 * The account's own words from GitHub's API (bio, company, website) in the
 * shape a reading of its profile page has, for where no page is read (the
 * command line), so its claims and flags come out as the sidebar's do.
 * Nothing else the page shows is known; nothing failed to read either, so
 * `couldNotRead` stays empty and the confidence is not lowered for it.
 */
export function accountReading(report: CandidateReport): ProfileReading {
  return {
    ...emptyReading('github', report.profileUrl),
    handle: report.login,
    name: report.name,
    overview: report.bio,
    company: report.company,
    website: report.website,
    githubLogins: [report.login],
    publicRepos: report.publicRepos,
  };
}
