import type { CandidateReport } from '../analysis/candidate-report';
import { assessConfidence, evaluateFlags } from './flags.ts';
import { coreProbeIds, probesForRole } from './probes';
import type { ProfileReading } from '../readers/profile-reading';
import { matchScorecard } from './match';
import type { RoleScorecard, Thresholds } from './scorecard';
import { VerdictSchema, type Verdict } from './verdict';

export interface CandidateInput {
  report: CandidateReport | null;
  /** The marketplace (or other) profile page being vetted. */
  reading: ProfileReading | null;
  /** The candidate's GitHub profile page: its bio is their words too. */
  githubReading: ProfileReading | null;
  scorecard: RoleScorecard;
  thresholds: Thresholds;
  /** Epoch ms. */
  now: number;
}

/**
 * Pure: the candidate held against the role. Skills matched, red flags,
 * confidence, and the probes to ask: the role's core ones first, then those
 * the flags raise.
 */
export function evaluateCandidate({ report, reading, githubReading, scorecard, thresholds, now }: CandidateInput): Verdict {
  const { mustHaves, niceToHaves, summary } = matchScorecard(scorecard, report, reading, githubReading);
  const flags = evaluateFlags({ report, reading, githubReading, scorecard, thresholds, now });
  const probeIds = [...coreProbeIds(scorecard), ...flags.flatMap((flag) => flag.probes)];
  return VerdictSchema.parse({
    role: { id: scorecard.id, name: scorecard.name },
    mustHaves,
    niceToHaves,
    summary,
    flags,
    confidence: assessConfidence(report, reading ?? githubReading),
    probes: probesForRole(probeIds, scorecard),
  });
}
