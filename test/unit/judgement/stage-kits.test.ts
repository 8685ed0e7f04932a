import { beforeAll, describe, expect, it } from 'vitest';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import { evaluateCandidate } from '@/lib/judgement/evaluate';
import { KitIdSchema, KIT_LABELS } from '@/lib/judgement/funnel';
import { kitPlanMarkdown, stageKitMarkdown, taskBriefMarkdown } from '@/lib/judgement/kits/kit-markdown';
import { StageKitSchema, type StageKit } from '@/lib/judgement/kits/kit-schema';
import { buildStageKits } from '@/lib/judgement/kits/stage-kits';
import type { RoleScorecard } from '@/lib/judgement/scorecard';
import { scorecardFromTemplate } from '@/lib/judgement/templates';
import type { SkillMatch, Verdict } from '@/lib/judgement/verdict';
import { NOW, realReport, scorecard, thresholds } from './candidates';
import { KIT_PLAN_HEADINGS } from '../../support/kits';

let defunkt: CandidateReport;
let dingaan: CandidateReport;
beforeAll(async () => {
  defunkt = await realReport('defunkt');
  dingaan = await realReport('dingaanmanjate');
});

function kitsFor(report: CandidateReport, role: RoleScorecard, extra: { closedAt?: number; rate?: { hourlyUsd: number | null; location: string | null } } = {}) {
  const verdict = evaluateCandidate({ report, reading: null, githubReading: null, scorecard: role, thresholds: thresholds(), now: NOW });
  return { verdict, kits: buildStageKits({ verdict, scorecard: role, report, now: NOW, ...extra }) };
}

function kit(kits: StageKit[], id: StageKit['id']): StageKit {
  const found = kits.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no ${id} kit`);
  return found;
}

function texts(kit: StageKit, heading: string): string[] {
  return kit.sections.find((section) => section.heading === heading)?.items.map((item) => item.text) ?? [];
}

const screenQuestions = (kits: StageKit[]) => texts(kit(kits, 'technical-screen'), 'Questions, riskiest first');

function match(skill: string, status: SkillMatch['status'], repo?: string): SkillMatch {
  const evidence = repo ? [{ kind: 'dependency', repo, path: 'pyproject.toml', url: `https://github.com/${repo}/blob/main/pyproject.toml`, detail: `Depends on ${skill}.` }] : [];
  return { skill, status, evidence, claims: [] };
}

/** A backend verdict with one must-have of each kind, and one flag. */
const MIXED: Verdict = {
  role: { id: 'template-backend', name: 'Product backend' },
  mustHaves: [
    match('FastAPI', 'evidenced', 'ada/api'),
    match('PostgreSQL', 'claimed'),
    match('pytest', 'evidenced', 'ada/api'),
    match('Docker', 'not-found'),
    match('API design', 'ask-in-interview'),
  ],
  niceToHaves: [],
  summary: '2 of 5 must-haves evidenced, 1 claimed only, 1 not found, 1 to ask in interview',
  flags: [{ id: 'no-tests', severity: 'high', reason: 'No tests.', evidence: [], probes: ['test-strategy'] }],
  confidence: { level: 'high', reasons: [] },
  probes: [
    { id: 'async-traps', title: 'Async traps', question: 'Blocking call?' },
    { id: 'test-strategy', title: 'Test strategy', question: 'What first?' },
  ],
};

describe('buildStageKits', () => {
  it('builds a valid kit for every stage, in the funnel’s order, for each built-in role and a custom one', () => {
    const roles = [
      scorecardFromTemplate('backend', NOW),
      scorecardFromTemplate('data', NOW),
      scorecardFromTemplate('ai', NOW),
      scorecard(['Django', 'PostgreSQL', 'Celery', 'API design']),
    ];
    for (const role of roles) {
      const { kits } = kitsFor(dingaan, role);
      expect(kits.map((stage) => stage.id)).toEqual(KitIdSchema.options);
      expect(kits.map((stage) => stage.title)).toEqual(KitIdSchema.options.map((id) => KIT_LABELS[id]));
      for (const stage of kits) expect(StageKitSchema.parse(stage)).toEqual(stage);
      const questions = screenQuestions(kits);
      expect(questions.length).toBeGreaterThanOrEqual(5);
      expect(questions.length).toBeLessThanOrEqual(8);
    }
  });

  it('asks first about must-haves nothing shows, then claimed-only ones, then the flags’ probes, then evidenced skills', () => {
    const kits = buildStageKits({ verdict: MIXED, scorecard: scorecardFromTemplate('backend', NOW), report: null, now: NOW });
    const questions = screenQuestions(kits);
    expect(questions).toHaveLength(5);
    expect(questions[0]).toContain('Nothing we read shows Docker');
    expect(questions[1]).toContain('You list PostgreSQL');
    expect(questions[2]).toMatch(/^Test strategy: You inherit an untested FastAPI service/);
    // Evidenced skills last, citing the repository that shows them.
    expect(questions[3]).toBe('ada/api shows FastAPI. Which part of it did you write, and what would you change about it today?');
    expect(questions[4]).toContain('ada/api shows pytest');
    const details = kit(kits, 'technical-screen').sections[0]?.items.map((item) => item.detail) ?? [];
    expect(details.every((detail) => detail?.includes('A strong answer contains'))).toBe(true);
    expect(details[2]).toContain('Raised by: No tests.');
  });

  it('tops a short screen up towards five with the role’s own probes, then the skills only an interview settles', () => {
    const short: Verdict = { ...MIXED, mustHaves: [match('FastAPI', 'evidenced', 'ada/api'), match('API design', 'ask-in-interview')], flags: [] };
    const questions = screenQuestions(buildStageKits({ verdict: short, scorecard: scorecardFromTemplate('backend', NOW), report: null, now: NOW }));
    expect(questions).toEqual([
      expect.stringContaining('ada/api shows FastAPI'),
      'Async traps: Blocking call?',
      'Test strategy: What first?',
      'How do you approach API design? Give one example from your own work.',
    ]);
  });

  it('leads the data screen with the must-haves not found in dingaanmanjate’s code, evidenced ones after the flags’ probes', () => {
    const { verdict, kits } = kitsFor(dingaan, scorecardFromTemplate('data', NOW));
    expect(verdict.mustHaves.filter((m) => m.status === 'not-found').map((m) => m.skill)).toEqual(['data warehouse', 'monitoring']);
    const questions = screenQuestions(kits);
    expect(questions.slice(0, 2)).toEqual([
      expect.stringContaining('Nothing we read shows data warehouse'),
      expect.stringContaining('Nothing we read shows monitoring'),
    ]);
    expect(questions).toHaveLength(8);
    const firstEvidenced = questions.findIndex((question) => question.includes(' shows SQL'));
    const lastProbe = questions.findLastIndex((question) => /^[A-Z][\w ]+: /.test(question) && !question.includes(' shows '));
    expect(lastProbe).toBeGreaterThan(1);
    expect(firstEvidenced).toBeGreaterThan(lastProbe);
  });

  it('writes a job-shaped task on the role’s stack, with what is left unclear for the reviewer only', () => {
    const backend = kit(kitsFor(defunkt, scorecardFromTemplate('backend', NOW)).kits, 'practical-task');
    expect(texts(backend, 'The task')).toContain('Use: FastAPI, PostgreSQL, pytest, Docker.');
    expect(texts(backend, 'The task')[0]).toContain('one database migration');
    const data = kit(kitsFor(dingaan, scorecardFromTemplate('data', NOW)).kits, 'practical-task');
    expect(texts(data, 'The task')[0]).toMatch(/safe to run again.*arrive a day late/);
    expect(texts(data, 'The task')).toContainEqual(expect.stringContaining('pandas or polars'));
    const ai = kit(kitsFor(dingaan, scorecardFromTemplate('ai', NOW)).kits, 'practical-task');
    expect(texts(ai, 'The task')[0]).toMatch(/retrieve.*validate.*measure/);
    expect(texts(ai, 'The task')).toContainEqual(expect.stringContaining('FastAPI'));
    const unclear = backend.sections.find((section) => section.heading.startsWith('Left unclear on purpose'));
    expect(unclear?.reviewerOnly).toBe(true);
    expect(backend.checklist).toEqual(expect.arrayContaining([expect.stringMatching(/^Tests/), expect.stringMatching(/secrets/), expect.stringMatching(/migrations/)]));
  });

  it('shapes a custom role’s task by its probe role, on its own must-haves', () => {
    const role = scorecard(['Airflow', 'SQL', 'ETL design']);
    const task = kit(kitsFor(dingaan, role).kits, 'practical-task');
    expect(texts(task, 'The task')[0]).toContain('load job');
    expect(texts(task, 'The task')).toContain('Use: Airflow, SQL.');
    // A role no core framework places gets the generic service-or-job shape, on whatever tools it names.
    const general = kit(kitsFor(dingaan, scorecard(['Kubernetes', 'API design'])).kits, 'practical-task');
    expect(texts(general, 'The task')[0]).toContain('small service or job');
    expect(texts(general, 'The task')).toContain('Use: Kubernetes.');
    const unnamed = kit(kitsFor(dingaan, scorecard(['API design'])).kits, 'practical-task');
    expect(texts(unnamed, 'The task')[1]).toBe('Use the Python tools you would choose for the job, and say why.');
  });

  it('offers a code review of the candidate’s most relevant repository, from its evidence, for the reviewer only', () => {
    const { kits } = kitsFor(dingaan, scorecardFromTemplate('data', NOW));
    const review = kit(kits, 'practical-task').sections.find((section) => section.heading.startsWith('Or: a code review'));
    expect(review?.reviewerOnly).toBe(true);
    const [intro, tests] = review?.items.map((item) => item.text) ?? [];
    expect(intro).toMatch(/^Walk through dingaanmanjate\/\S+ with them \(last pushed \d+ months ago\)\.$/);
    expect(tests).toMatch(/tests|test files/);
  });

  it('never puts the reviewer-only notes in the brief sent to the candidate', () => {
    const task = kit(kitsFor(dingaan, scorecardFromTemplate('data', NOW)).kits, 'practical-task');
    const brief = taskBriefMarkdown(task, 'Dingaan');
    expect(brief.startsWith('# Practical task for Dingaan\n')).toBe(true);
    expect(brief).toContain('## Acceptance criteria');
    for (const section of task.sections.filter((candidate) => candidate.reviewerOnly)) {
      for (const item of section.items) expect(brief).not.toContain(item.text.slice(0, 30));
    }
    expect(brief).not.toMatch(/reviewer|Reviewer checklist|How late a record may arrive/);
    expect(stageKitMarkdown(task)).toContain('How late a record may arrive');
  });

  it('builds the architecture interview from the role’s scenario, the verdict’s probes and those the must-haves call for', () => {
    const role = scorecard(['Django', 'pytest', 'multiprocessing']);
    const { verdict, kits } = kitsFor(defunkt, role);
    const probes = texts(kit(kits, 'architecture-interview'), 'Probes');
    expect(probes.slice(0, verdict.probes.length)).toEqual(verdict.probes.map((probe) => `${probe.title}: ${probe.question}`));
    expect(probes.map((text) => text.split(':')[0])).toEqual(expect.arrayContaining(['Test strategy', 'The GIL']));
    expect(texts(kit(kitsFor(dingaan, scorecardFromTemplate('ai', NOW)).kits, 'architecture-interview'), 'Scenario')[0]).toContain('hostile or malformed');
  });

  it('holds a known rate against the market benchmark, and says so when the rate is not known', () => {
    const role = scorecardFromTemplate('backend', NOW);
    const known = kit(kitsFor(defunkt, role, { rate: { hourlyUsd: 20, location: 'Berlin, Germany' } }).kits, 'close');
    const rate = known.sections.find((section) => section.heading === 'Rate')?.items[0];
    expect(rate).toEqual({ text: 'Their rate: $20/h (Berlin, Germany).', detail: 'Market benchmark: $30-$40/h in Australia and Germany.' });
    const unknown = kit(kitsFor(defunkt, role).kits, 'close');
    expect(texts(unknown, 'Rate')).toEqual([expect.stringMatching(/^The rate is not known/)]);
    expect(texts(unknown, 'Contract shape')).toEqual(['Hourly', 'Fixed price', 'Monthly or full time']);
    expect(texts(unknown, 'What to agree')).toEqual(['Deliverables', 'Overlap hours', 'Review cadence', 'Documentation', 'Scope changes']);
  });

  it('dates the first 30 days’ check-ins from the close, and counts days without one', () => {
    const role = scorecardFromTemplate('data', NOW);
    const closedAt = Date.parse('2026-12-01T15:00:00Z');
    const dated = kit(kitsFor(dingaan, role, { closedAt }).kits, 'first-30-days');
    const checkIns = dated.sections.find((section) => section.heading === 'Check-ins')?.items;
    expect(checkIns).toEqual([
      { text: 'Check-in, day 1', date: '2026-12-02' },
      { text: 'Check-in, day 7', date: '2026-12-08' },
      { text: 'Check-in, day 14', date: '2026-12-15' },
      { text: 'Check-in, day 30', date: '2026-12-31' },
    ]);
    const undated = kit(kitsFor(dingaan, role).kits, 'first-30-days');
    expect(undated.sections.flatMap((section) => section.items).some((item) => item.date)).toBe(false);
    // dingaanmanjate's repositories have no tests: the first week's test task says why it matters here.
    expect(texts(undated, 'First week: one of these')).toContain('Build one job');
    expect(undated.sections[1]?.items[1]?.detail).toContain('"No tests"');
  });
});

describe('kit Markdown', () => {
  it('writes one ## section per stage, in order, under the plan’s title', () => {
    const { kits } = kitsFor(dingaan, scorecardFromTemplate('data', NOW), { closedAt: Date.parse('2026-12-01T00:00:00Z') });
    const markdown = kitPlanMarkdown(kits, 'Dingaan Manjate', 'https://github.com/dingaanmanjate');
    expect(markdown.startsWith('# Hiring plan for Dingaan Manjate\n')).toBe(true);
    expect(markdown.match(/^## .*$/gm)).toEqual(KIT_PLAN_HEADINGS);
    expect(markdown).toContain('- **2026-12-31** Check-in, day 30');
    expect(markdown).toContain('- [ ] Overlap hours confirmed');
  });

  it('escapes the candidate’s and the team’s text', () => {
    const hostile: Verdict = { ...MIXED, mustHaves: [match('<img src=x>', 'not-found'), match('[x](javascript:alert(1))', 'evidenced', 'ada/*evil*')] };
    const kits = buildStageKits({ verdict: hostile, scorecard: scorecard(['<img src=x>']), report: null, now: NOW });
    const markdown = stageKitMarkdown(kit(kits, 'technical-screen'), { candidateName: '# Ada' });
    expect(markdown).toContain('Candidate: \\# Ada');
    expect(markdown).toContain('\\<img src=x\\>');
    expect(markdown).toContain('\\[x\\](javascript:alert(1))');
    expect(markdown).toContain('ada/\\*evil\\*');
    expect(markdown).not.toMatch(/[^\\]<img|[^\\]\]\(/);
  });
});
