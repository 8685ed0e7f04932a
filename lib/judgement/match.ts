import type { CandidateReport, ExaminedRepo } from '../analysis/candidate-report';
import type { Evidence } from '../analysis/evidence/snapshot';
import type { ProfileReading } from '../readers/profile-reading';
import { candidateTexts, findClaims, keywordPattern, type CandidateText } from './claims';
import { isInterviewSkill, resolveRoleSkill, type ReportSignal, type ResolvedSkill } from './role-skills';
import type { RoleScorecard } from './scorecard';
import type { SkillMatch } from './verdict';

/** Enough links to check a skill without burying the others. */
const MAX_EVIDENCE_PER_SKILL = 5;

export interface ScorecardMatch {
  mustHaves: SkillMatch[];
  niceToHaves: SkillMatch[];
  /** "4 of 6 must-haves evidenced, 1 claimed only, 1 not found[, 1 unknown (…)][, 1 to ask in interview]". */
  summary: string;
}

/**
 * Pure: holds the candidate against the scorecard's must-haves and
 * nice-to-haves. "Not required" skills are never looked at: they must not
 * count against anyone.
 */
export function matchScorecard(
  scorecard: RoleScorecard,
  report: CandidateReport | null,
  reading: ProfileReading | null,
  githubReading?: ProfileReading | null,
): ScorecardMatch {
  const texts = candidateTexts(githubReading, reading);
  const match = (skill: string) => matchSkill(skill, report, texts);
  const mustHaves = scorecard.mustHave.map(match);
  return { mustHaves, niceToHaves: scorecard.niceToHave.map(match), summary: summarize(mustHaves) };
}

/** One skill: evidenced by code, claimed only, not found, or (judgement skills) to ask in the interview. */
export function matchSkill(skill: string, report: CandidateReport | null, texts: readonly CandidateText[]): SkillMatch {
  const resolved = resolveRoleSkill(skill);
  const keywords = resolved.entries.length > 0 ? resolved.entries.flatMap((entry) => entry.claimKeywords) : [skill];
  const claims = findClaims(texts, [...new Set(keywords)]);
  const evidence = report ? codeEvidence(resolved, report) : [];
  const status = isInterviewSkill(resolved)
    ? 'ask-in-interview'
    : evidence.length > 0
      ? 'evidenced'
      : claims.length > 0
        ? 'claimed'
        : report && stackPartlyUnread(report)
          ? 'unread'
          : 'not-found';
  return { skill, status, evidence, claims };
}

/** An opened repository's manifest went unread: what it declares is unknown, so nothing is "not found" for sure. */
function stackPartlyUnread(report: CandidateReport): boolean {
  return report.repos.some((repo) => repo.stack.manifestsUnread.length > 0);
}

/**
 * The report's evidence for a skill: its catalogue skills' files and the
 * report facts it relies on. A skill the catalogue does not know is looked
 * for by name in what the examined repositories' files show.
 */
function codeEvidence(resolved: ResolvedSkill, report: CandidateReport): Evidence[] {
  if (resolved.entries.length === 0) return keywordEvidence(resolved.name, report);
  const ids = new Set(resolved.entries.flatMap((entry) => entry.catalogueIds));
  const signals = new Set(resolved.entries.flatMap((entry) => entry.signals));
  const found = [
    // Runtime use first; a test or lint dependency still shows the candidate works with the tool.
    ...[...report.skills, ...report.tooling].filter((skill) => ids.has(skill.id)).flatMap((skill) => skill.evidence),
    ...[...signals].flatMap((signal) => signalEvidence(signal, report.repos)),
  ];
  return uniqueEvidence(found).slice(0, MAX_EVIDENCE_PER_SKILL);
}

function signalEvidence(signal: ReportSignal, repos: readonly ExaminedRepo[]): Evidence[] {
  switch (signal) {
    case 'python-repos':
      return repos
        .filter((repo) => repo.language === 'Python')
        .map((repo) => ({ kind: 'python-repo', repo: repo.repo, path: null, url: repo.url, detail: `${repo.repo} is a Python repository.` }));
    case 'tests':
      return repos.flatMap((repo) => (repo.tests.present ? repo.tests.evidence.slice(0, 1) : []));
    case 'pytest-tests':
      return repos.flatMap((repo) => (repo.tests.frameworks.includes('pytest') ? repo.tests.evidence.slice(0, 1) : []));
    case 'ci-tests':
      return repos.flatMap((repo) => repo.tests.evidence.filter((item) => item.kind === 'ci-tests'));
    case 'docs':
      return repos.flatMap((repo) => (repo.docs.depth === 'basic' || repo.docs.depth === 'thorough' ? repo.docs.evidence.slice(0, 1) : []));
  }
}

/** Dependency, file and test evidence whose words name the skill. */
function keywordEvidence(name: string, report: CandidateReport): Evidence[] {
  const pattern = keywordPattern(name, 'file-names');
  if (!pattern) return [];
  const details = report.repos.flatMap((repo) =>
    [...repo.stack.skills, ...repo.stack.tooling].flatMap((skill) => skill.evidence).concat(repo.tests.evidence),
  );
  return uniqueEvidence(details.filter((item) => pattern.test(item.detail))).slice(0, MAX_EVIDENCE_PER_SKILL);
}

function uniqueEvidence(items: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.url}\n${item.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "4 of 6 must-haves evidenced, 1 claimed only, 1 not found", plus ", 1 to ask in interview" when any. */
export function summarize(mustHaves: readonly SkillMatch[]): string {
  if (mustHaves.length === 0) return 'No must-haves on this scorecard.';
  const count = (status: SkillMatch['status']) => mustHaves.filter((match) => match.status === status).length;
  const noun = mustHaves.length === 1 ? 'must-have' : 'must-haves';
  const unread = count('unread');
  const ask = count('ask-in-interview');
  return [
    `${count('evidenced')} of ${mustHaves.length} ${noun} evidenced, ${count('claimed')} claimed only, ${count('not-found')} not found`,
    ...(unread > 0 ? [`${unread} unknown (a manifest was not read)`] : []),
    ...(ask > 0 ? [`${ask} to ask in interview`] : []),
  ].join(', ');
}
