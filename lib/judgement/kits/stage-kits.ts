import type { CandidateReport, ExaminedRepo } from '../../analysis/candidate-report';
import { formatDate } from '../../text/time';
import { FLAG_LABELS } from '../flag-labels';
import { KIT_LABELS, KitIdSchema, type KitId } from '../funnel';
import type { KitItem, StageKit } from './kit-schema';
import { probeRoleOf, probesForRole, type ProbeRole } from '../probes';
import { benchmarkFor } from '../rate-benchmarks';
import { isInterviewSkill, resolveRoleSkill } from '../role-skills';
import type { RoleScorecard } from '../scorecard';
import type { Probe, SkillMatch, Verdict } from '../verdict';
import {
  ARCHITECTURE_TEXT,
  CLOSE_TEXT,
  EVIDENCED_QUESTION,
  fill,
  FIRST_30_DAYS_TEXT,
  PROBE_STRONG_ANSWERS,
  PROBES_CALLED_BY_SKILL,
  SCENARIOS,
  SCREEN_QUESTIONS,
  SCREEN_TEXT,
  SKILL_QUESTIONS,
  SOFT_SKILLS,
  TASK_TEXT,
  TASKS,
  TIME_BOXES,
} from './kit-text';

export interface StageKitsInput {
  verdict: Verdict;
  scorecard: RoleScorecard;
  report: CandidateReport | null;
  /** From the marketplace reading; absent or null when the profile gave none. */
  rate?: { hourlyUsd: number | null; location: string | null } | null;
  /** Epoch ms of the close; the first 30 days are dated from it. */
  closedAt?: number | null;
  /** Epoch ms. */
  now: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MONTH_MS = 30 * DAY_MS;

/** Pure: a kit for every stage after the profile filter, in the funnel's order. */
export function buildStageKits(input: StageKitsInput): StageKit[] {
  const role = probeRoleOf(input.scorecard);
  const builders: Record<KitId, () => Omit<StageKit, 'id' | 'title'>> = {
    'technical-screen': () => technicalScreen(input.verdict, input.scorecard),
    'practical-task': () => practicalTask(input, role),
    'architecture-interview': () => architectureInterview(input.verdict, input.scorecard, role),
    'soft-skills': softSkills,
    close: () => close(input.rate ?? null),
    'first-30-days': () => firstThirtyDays(input.verdict, role, input.closedAt ?? null),
  };
  return KitIdSchema.options.map((id) => ({ id, title: KIT_LABELS[id], ...builders[id]() }));
}

/**
 * Riskiest first: must-haves nothing shows, then those only claimed, then the
 * red flags' probes, then one evidenced skill after another to check the
 * evidence is theirs. The role's own probes and interview-only skills top up
 * a short screen.
 */
function technicalScreen(verdict: Verdict, scorecard: RoleScorecard): Omit<StageKit, 'id' | 'title'> {
  const byStatus = <S extends SkillMatch['status']>(status: S) =>
    verdict.mustHaves.filter((match): match is SkillMatch & { status: S } => match.status === status);
  const flaggedProbeIds = [...new Set(verdict.flags.flatMap((flag) => flag.probes))];
  const flaggedProbes = probesForRole(flaggedProbeIds, scorecard);
  const roleProbes = verdict.probes.filter((probe) => !flaggedProbeIds.includes(probe.id));

  const risky = [...byStatus('not-found'), ...byStatus('unread'), ...byStatus('claimed')].map(skillQuestion);
  const probes = flaggedProbes.map((probe) => probeQuestion(probe, verdict));
  const evidenced = byStatus('evidenced').map(evidencedQuestion);
  const topUp = [...roleProbes.map((probe) => probeQuestion(probe, verdict)), ...byStatus('ask-in-interview').map(skillQuestion)];

  const questions = [...risky, ...probes, ...evidenced];
  const needed = Math.max(0, SCREEN_QUESTIONS.min - questions.length);
  return {
    timeBox: TIME_BOXES['technical-screen'],
    sections: [{ heading: SCREEN_TEXT.questionsHeading, items: [...questions, ...topUp.slice(0, needed)].slice(0, SCREEN_QUESTIONS.max) }],
    checklist: [...SCREEN_TEXT.checklist],
  };
}

function skillQuestion(match: SkillMatch & { status: keyof typeof SKILL_QUESTIONS }): KitItem {
  const wording = SKILL_QUESTIONS[match.status];
  return { text: fill(wording.question, { skill: match.skill }), detail: strongAnswer(fill(wording.strongAnswer, { skill: match.skill })) };
}

function evidencedQuestion(match: SkillMatch): KitItem {
  const repo = match.evidence[0]?.repo;
  const question = repo ? EVIDENCED_QUESTION.question : EVIDENCED_QUESTION.questionWithoutRepo;
  return { text: fill(question, { skill: match.skill, repo: repo ?? '' }), detail: strongAnswer(EVIDENCED_QUESTION.strongAnswer) };
}

function probeQuestion(probe: Probe, verdict: Verdict): KitItem {
  const flags = verdict.flags.filter((flag) => flag.probes.includes(probe.id)).map((flag) => FLAG_LABELS[flag.id]);
  const why = flags.length > 0 ? fill(SCREEN_TEXT.raisedBy, { flags: flags.join(', ') }) : SCREEN_TEXT.roleProbe;
  return { text: `${probe.title}: ${probe.question}`, detail: `${why} ${strongAnswer(PROBE_STRONG_ANSWERS[probe.id])}` };
}

function strongAnswer(answer: string): string {
  return fill(SCREEN_TEXT.strongAnswer, { answer });
}

function practicalTask(input: StageKitsInput, role: ProbeRole): Omit<StageKit, 'id' | 'title'> {
  const task = TASKS[role];
  const stack = input.scorecard.mustHave.filter((skill) => {
    const resolved = resolveRoleSkill(skill);
    return resolved.entries.length > 0 && !isInterviewSkill(resolved);
  });
  const repo = mostRelevantRepo(input.report, input.verdict);
  return {
    timeBox: TIME_BOXES['practical-task'],
    sections: [
      {
        heading: TASK_TEXT.briefHeading,
        items: [
          { text: task.brief },
          { text: stack.length > 0 ? fill(TASK_TEXT.stack, { stack: stack.join(', ') }) : TASK_TEXT.stackOpen },
          { text: TASK_TEXT.timeBox },
        ],
      },
      { heading: TASK_TEXT.acceptanceHeading, items: task.acceptance.map((text) => ({ text })) },
      { heading: TASK_TEXT.leftUnclearHeading, items: task.leftUnclear.map((text) => ({ text, detail: TASK_TEXT.leftUnclearWatch })), reviewerOnly: true },
      ...(repo ? [{ heading: TASK_TEXT.reviewHeading, items: codeReviewItems(repo, input.now), reviewerOnly: true }] : []),
    ],
    checklist: [...TASK_TEXT.checklist],
  };
}

/** The candidate's own repository that shows the most must-haves; ties go to the more recently pushed. */
function mostRelevantRepo(report: CandidateReport | null, verdict: Verdict): ExaminedRepo | null {
  const own = (report?.repos ?? []).filter((repo) => !repo.fork);
  const shown = (repo: ExaminedRepo) => verdict.mustHaves.filter((match) => match.evidence.some((item) => item.repo === repo.repo)).length;
  const ranked = [...own].sort((a, b) => shown(b) - shown(a) || (b.pushedAt ?? '').localeCompare(a.pushedAt ?? ''));
  const best = ranked[0];
  return best && (shown(best) > 0 || best.language === 'Python') ? best : null;
}

function codeReviewItems(repo: ExaminedRepo, now: number): KitItem[] {
  const pushed = repo.pushedAt
    ? fill(TASK_TEXT.pushedAgo, { months: Math.floor((now - Date.parse(repo.pushedAt)) / MONTH_MS) })
    : TASK_TEXT.pushedUnknown;
  const stack = repo.stack.skills.slice(0, 3).map((skill) => skill.name);
  return [
    { text: fill(TASK_TEXT.reviewIntro, { repo: repo.repo, pushed }) },
    {
      text: repo.tests.present
        ? fill(TASK_TEXT.reviewTests, { count: repo.tests.testFileCount, frameworks: repo.tests.frameworks.join(', ') || 'framework not known' })
        : TASK_TEXT.reviewNoTests,
    },
    ...(stack.length > 0 ? [{ text: fill(TASK_TEXT.reviewStack, { stack: stack.join(', ') }) }] : []),
    ...repo.stack.outdated.slice(0, 2).map((item) => ({ text: fill(TASK_TEXT.reviewOutdated, { detail: item.detail.replace(/\.$/, '') }) })),
  ];
}

/** The verdict's probes (the role's and the flags'), then any a must-have calls for, each with its reason. */
function architectureInterview(verdict: Verdict, scorecard: RoleScorecard, role: ProbeRole): Omit<StageKit, 'id' | 'title'> {
  const calledBySkill = new Map<Probe['id'], string>();
  for (const skill of scorecard.mustHave) {
    for (const { pattern, probe } of PROBES_CALLED_BY_SKILL) {
      if (pattern.test(skill) && !calledBySkill.has(probe)) calledBySkill.set(probe, skill);
    }
  }
  const verdictIds = verdict.probes.map((probe) => probe.id);
  const extra = probesForRole([...calledBySkill.keys()].filter((id) => !verdictIds.includes(id)), scorecard);
  const items = [
    ...verdict.probes.map((probe) => probeQuestion(probe, verdict)),
    ...extra.map((probe) => ({
      text: `${probe.title}: ${probe.question}`,
      detail: `${fill(ARCHITECTURE_TEXT.raisedByMustHave, { skill: calledBySkill.get(probe.id) ?? '' })} ${strongAnswer(PROBE_STRONG_ANSWERS[probe.id])}`,
    })),
  ];
  return {
    timeBox: TIME_BOXES['architecture-interview'],
    sections: [
      { heading: ARCHITECTURE_TEXT.scenarioHeading, items: [{ text: SCENARIOS[role] }] },
      { heading: ARCHITECTURE_TEXT.probesHeading, items },
    ],
    checklist: [...ARCHITECTURE_TEXT.checklist],
  };
}

function softSkills(): Omit<StageKit, 'id' | 'title'> {
  return {
    timeBox: TIME_BOXES['soft-skills'],
    sections: [{ heading: SOFT_SKILLS.heading, items: [...SOFT_SKILLS.items] }],
    checklist: [...SOFT_SKILLS.checklist],
  };
}

function close(rate: StageKitsInput['rate']): Omit<StageKit, 'id' | 'title'> {
  return {
    timeBox: null,
    sections: [
      { heading: CLOSE_TEXT.shapeHeading, items: [...CLOSE_TEXT.shapes] },
      { heading: CLOSE_TEXT.rateHeading, items: [rateItem(rate)] },
      { heading: CLOSE_TEXT.agreeHeading, items: [...CLOSE_TEXT.agree] },
    ],
    checklist: [...CLOSE_TEXT.checklist],
  };
}

/** The rate against its region's band, always named as a market benchmark; unknown stays unknown. */
function rateItem(rate: StageKitsInput['rate']): KitItem {
  if (rate?.hourlyUsd == null) return { text: CLOSE_TEXT.rateUnknown };
  const amount = `$${rate.hourlyUsd}`;
  if (!rate.location) return { text: fill(CLOSE_TEXT.rateLocationUnknown, { rate: amount }), detail: CLOSE_TEXT.noBenchmark };
  const benchmark = benchmarkFor(rate.location);
  return {
    text: fill(CLOSE_TEXT.rateKnown, { rate: amount, location: rate.location }),
    detail: benchmark ? fill(CLOSE_TEXT.benchmark, { label: benchmark.label }) : CLOSE_TEXT.noBenchmark,
  };
}

function firstThirtyDays(verdict: Verdict, role: ProbeRole, closedAt: number | null): Omit<StageKit, 'id' | 'title'> {
  const testFlag = verdict.flags.find((flag) => flag.id === 'no-tests');
  const firstWeek = FIRST_30_DAYS_TEXT.firstWeek.map((item, index) => ({
    text: fill(item.text, { unit: FIRST_30_DAYS_TEXT.unitByRole[role] }),
    // Tests around a weak area (the second kind) matter most when the profile showed none.
    detail: index === 1 && testFlag ? `${item.detail} ${fill(FIRST_30_DAYS_TEXT.weakTestsHint, { flag: FLAG_LABELS[testFlag.id] })}` : item.detail,
  }));
  const checkIns = FIRST_30_DAYS_TEXT.checkInDays.map((day) => ({
    text: fill(FIRST_30_DAYS_TEXT.checkIn, { day }),
    ...(closedAt === null ? {} : { date: formatDate(closedAt + day * DAY_MS) }),
  }));
  return {
    timeBox: null,
    sections: [
      { heading: FIRST_30_DAYS_TEXT.beforeHeading, items: [...FIRST_30_DAYS_TEXT.before] },
      { heading: FIRST_30_DAYS_TEXT.firstWeekHeading, items: firstWeek },
      { heading: FIRST_30_DAYS_TEXT.laterHeading, items: [...FIRST_30_DAYS_TEXT.later] },
      { heading: FIRST_30_DAYS_TEXT.checkInsHeading, items: checkIns },
    ],
    checklist: [...FIRST_30_DAYS_TEXT.checklist],
  };
}
