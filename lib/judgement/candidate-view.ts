import type { CandidateReport } from '../analysis/candidate-report';
import type { ProfileReading } from '../readers/profile-reading';
import { evaluateCandidate } from './evaluate';
import { interviewPlanMarkdown } from './interview-plan';
import type { StageKit } from './kits/kit-schema';
import { buildStageKits } from './kits/stage-kits';
import type { RoleScorecard, Thresholds } from './scorecard';
import type { Verdict } from './verdict';

/** What a sidebar or the popup shows of a candidate: the verdict, its interview plan and a kit for every later stage. */
export interface CandidateView {
  verdict: Verdict;
  interviewPlan: string;
  kits: StageKit[];
}

/**
 * The candidate on a page held against the role. A GitHub profile's reading
 * supplies the candidate's own words (bio, README); a marketplace's, the
 * claims and the rate the close kit compares with the market benchmark.
 */
export function viewCandidate(input: {
  report: CandidateReport | null;
  reading: ProfileReading | null;
  scorecard: RoleScorecard;
  thresholds: Thresholds;
  /** When the candidate was advanced at the close, which dates the first 30 days; null before. */
  closedAt: number | null;
  now: number;
}): CandidateView {
  const { report, reading, scorecard, now } = input;
  const onGitHub = reading?.site === 'github';
  const verdict = evaluateCandidate({
    report,
    reading: onGitHub ? null : reading,
    githubReading: onGitHub ? reading : null,
    scorecard,
    thresholds: input.thresholds,
    now,
  });
  const name = report?.name ?? reading?.name ?? report?.login ?? 'Candidate';
  const url = report?.profileUrl ?? reading?.url ?? '';
  // pyvet converts no currency: only a dollar rate is held against the (dollar) market benchmark.
  const hourly = !onGitHub && reading?.hourlyRate?.currency === 'USD' ? reading.hourlyRate.amount : null;
  const kits = buildStageKits({
    verdict,
    scorecard,
    report,
    rate: reading && !onGitHub ? { hourlyUsd: hourly, location: reading.location } : null,
    closedAt: input.closedAt,
    now,
  });
  return { verdict, interviewPlan: interviewPlanMarkdown(verdict, name, url), kits };
}
