import type { ProbeRole } from '../probes';
import type { Probe, SkillStatus } from '../verdict';

/**
 * Every sentence the stage kits say, kept as data so the logic in
 * stage-kits.ts only chooses and orders. `{skill}`, `{repo}` and the like are
 * filled in there; what they are filled with comes from the candidate and is
 * escaped when the kit becomes Markdown.
 */

export const TIME_BOXES = {
  'technical-screen': '20–30 minutes',
  'practical-task': 'Up to 3 hours of the candidate’s time, or a 60-minute code review',
  'architecture-interview': '60 minutes',
  'soft-skills': 'Noted throughout, plus a 20-minute conversation',
} as const;

/** The fewest and most questions a technical screen holds. */
export const SCREEN_QUESTIONS = { min: 5, max: 8 } as const;

/** A technical-screen question for a must-have, by its status; evidenced ones are asked about a repository. */
export const SKILL_QUESTIONS: Record<Exclude<SkillStatus, 'evidenced'>, { question: string; strongAnswer: string }> = {
  'not-found': {
    question: 'Nothing we read shows {skill}. Tell me about the last time you used it for real work: what did you build with it?',
    strongAnswer: 'a specific system, the part they owned, one decision they made with {skill} and one problem they hit and fixed',
  },
  unread: {
    question: 'We could not read enough of your code to see {skill}. Where have you used it, and what did it do in that project?',
    strongAnswer: 'a project they can point to, what {skill} did there, and a detail only someone who used it would know',
  },
  claimed: {
    question: 'You list {skill}. Walk me through the last thing you built with it, and what you would do differently now.',
    strongAnswer: 'specifics beyond the keyword: versions, trade-offs, a failure and its fix, not a list of features',
  },
  'ask-in-interview': {
    question: 'How do you approach {skill}? Give one example from your own work.',
    strongAnswer: 'one concrete example, the options they weighed and why they chose as they did',
  },
};

export const EVIDENCED_QUESTION = {
  question: '{repo} shows {skill}. Which part of it did you write, and what would you change about it today?',
  /** When the verdict has no repository evidence to cite. */
  questionWithoutRepo: 'Your work shows {skill}. Which part of it did you write, and what would you change about it today?',
  strongAnswer: 'knowledge from the inside: why the code is shaped as it is, what broke, what they would do differently',
};

/** What a strong answer to each probe contains, whatever the role. */
export const PROBE_STRONG_ANSWERS: Record<Probe['id'], string> = {
  'async-traps':
    'that a blocking call stalls the event loop for every request, how they would find it (latency under load, profiling) and the fix (an async client, run_in_executor, or a sync endpoint)',
  'database-isolation':
    'a named isolation level or row lock and why, and a migration rolled out in steps (add nullable, backfill, then constrain)',
  'etl-idempotency':
    'a key that makes a rerun overwrite rather than duplicate (upsert or replace a partition), and how they would prove a rerun changes nothing',
  'prompt-injection':
    'retrieved text treated as data, not instructions, output checked against a schema with retries, and a test with a hostile document',
  gil: 'that threads do not speed up CPU-bound Python, processes or a worker queue instead, and the cost of moving data between processes',
  'test-strategy': 'the riskiest path tested first, a fast suite that runs in CI, and fixtures that make failures easy to read',
};

export const SCREEN_TEXT = {
  questionsHeading: 'Questions, riskiest first',
  strongAnswer: 'A strong answer contains {answer}.',
  raisedBy: 'Raised by: {flags}.',
  roleProbe: 'A core question for the role.',
  checklist: [
    'Every question asked, riskiest first, within the time box',
    'Answers specific to their own work, not textbook definitions',
    'Gaps they could not answer noted for the architecture interview',
    'Outcome recorded: advance, hold or reject',
  ],
};

/** The practical task for each kind of role; `{stack}` is the role's must-have tools by name. */
export const TASKS: Record<ProbeRole, { brief: string; acceptance: string[]; leftUnclear: string[] }> = {
  backend: {
    brief:
      'Build a small booking service: an API to create and list reservations for a limited number of seats, with one database migration and tests. Two people may book the last seat at the same moment.',
    acceptance: [
      'Runs with one documented command',
      'One migration creates the schema',
      'Tests cover booking, listing and the last seat booked twice at once (only one succeeds)',
      'Invalid input gets a clear 4xx answer, not a server error',
      'A README says how to run it, what was assumed and what was left out',
    ],
    leftUnclear: [
      'Whether a booking can be cancelled',
      'What "limited" means: per event, per day?',
      'Authentication: none is mentioned',
    ],
  },
  data: {
    brief:
      'Build a load job that takes a day of order events from files into a table, safe to run again: a rerun or a retry after a failure must not duplicate anything, and a record can arrive a day late.',
    acceptance: [
      'Runs with one documented command for a given day',
      'Running it twice leaves the table exactly as running it once (a test shows it)',
      'A late-arriving record for an earlier day ends up in the right place',
      'Malformed rows are counted and reported, not silently dropped',
      'A README says how to run it, what was assumed and what was left out',
    ],
    leftUnclear: [
      'How late a record may arrive',
      'Whether a later version of an order replaces the earlier one',
      'Which time zone a "day" is in',
    ],
  },
  ai: {
    brief:
      'Build a question-answering endpoint over a small set of documents: retrieve the relevant passages, call a language model (a stub is fine), validate the input and the model’s output, and measure how good the answers are.',
    acceptance: [
      'Runs with one documented command; no real API key is needed to run the tests',
      'Input is validated; malformed model output is caught and handled',
      'An evaluation over at least ten questions reports how many answers are right',
      'A document containing injected instructions does not change the answer’s behaviour (a test shows it)',
      'A README says how to run it, what was assumed and what was left out',
    ],
    leftUnclear: [
      'What counts as a "right" answer in the evaluation',
      'What to answer when nothing relevant is retrieved',
      'How large the document set will grow',
    ],
  },
  general: {
    brief:
      'Build a small service or job that does one piece of the work this role owns, end to end, with tests and a README.',
    acceptance: [
      'Runs with one documented command',
      'Tests cover the main path and one failure',
      'Errors are handled and reported, not swallowed',
      'A README says how to run it, what was assumed and what was left out',
    ],
    leftUnclear: ['The exact input format', 'What happens on bad input', 'How much data it must handle'],
  },
};

export const TASK_TEXT = {
  briefHeading: 'The task',
  stack: 'Use: {stack}.',
  /** When the role names no tools a repository could show. */
  stackOpen: 'Use the Python tools you would choose for the job, and say why.',
  timeBox: 'Time box: up to 3 hours. Stop there and write down what you would do next.',
  acceptanceHeading: 'Acceptance criteria',
  leftUnclearHeading: 'Left unclear on purpose (reviewer only)',
  leftUnclearWatch: 'Does the candidate ask about it, state an assumption, or negotiate the scope?',
  reviewHeading: 'Or: a code review of their own repository (reviewer only)',
  reviewIntro: 'Walk through {repo} with them ({pushed}).',
  pushedAgo: 'last pushed {months} months ago',
  pushedUnknown: 'last push not known',
  reviewTests: 'Its tests ({count} test files, {frameworks}): which one caught a real bug, and what is still untested?',
  reviewNoTests: 'It has no tests: which part would you test first, and how?',
  reviewStack: 'Why {stack} here, and what would you choose differently today?',
  reviewOutdated: '{detail}: what would upgrading take, and what might break?',
  checklist: [
    'Tests: present, meaningful, and run with one command',
    'Error handling: failures reported, not swallowed',
    'README: how to run it, assumptions, what was left out',
    'No async misuse: no blocking calls inside async code',
    'No secrets in the code or the history',
    'Schema changes as migrations, not by hand',
  ],
};

/** The architecture scenario for each kind of role. */
export const SCENARIOS: Record<ProbeRole, string> = {
  backend:
    'Our API has grown from one service to several, traffic has tripled, and two endpoints time out at peak. Design how you would find the cause, fix it, and keep data correct while requests contend for the same rows.',
  data: 'A nightly pipeline loads orders from three sources into the warehouse; one source sends late and duplicated records, and a backfill is needed for last month. Design the pipeline so that reruns and backfills are safe and its health is visible.',
  ai: 'Support staff want answers from our internal documents. Design the retrieval and answering service: how documents get in, how answers are checked, how hostile or malformed content is handled, and how you know it works.',
  general:
    'Take one system you built and own. Draw it, then tell us what breaks first at ten times the load, and how you would find out before users do.',
};

export const ARCHITECTURE_TEXT = {
  scenarioHeading: 'Scenario',
  probesHeading: 'Probes',
  raisedByMustHave: 'The must-have {skill} calls for it.',
  checklist: [
    'Asked questions before designing',
    'Named trade-offs and what they would measure',
    'Handled failure: retries, partial failure, rollback',
    'Testing and observability part of the design, not an afterthought',
  ],
};

/** Must-have wording that calls for a probe even when no flag raised it. */
export const PROBES_CALLED_BY_SKILL: ReadonlyArray<{ pattern: RegExp; probe: Probe['id'] }> = [
  { pattern: /async|fastapi|aiohttp|starlette/i, probe: 'async-traps' },
  { pattern: /postgres|mysql|sql|database|migration|transaction/i, probe: 'database-isolation' },
  { pattern: /etl|idempot|airflow|prefect|dagster|pipeline/i, probe: 'etl-idempotency' },
  { pattern: /llm|rag|retrieval|prompt|agent/i, probe: 'prompt-injection' },
  { pattern: /concurren|multiprocess|performance|cpu/i, probe: 'gil' },
  { pattern: /pytest|test/i, probe: 'test-strategy' },
];

export const SOFT_SKILLS = {
  heading: 'What to look for',
  items: [
    { text: 'Clarity of written answers', detail: 'Messages and the README say what was done and why, briefly.' },
    { text: 'Questions asked', detail: 'They asked about the unclear points before assuming.' },
    { text: 'Assumptions stated', detail: 'What they assumed is written down, not left for the reviewer to guess.' },
    { text: 'Blockers surfaced', detail: 'They said early when something was in the way.' },
    { text: 'Time-zone overlap', detail: 'Hours they can overlap with the team, agreed rather than hoped for.' },
    { text: 'Ownership language', detail: '"I decided", "I broke it and fixed it", rather than only "we" or "the team".' },
  ],
  checklist: ['Each point above noted with an example', 'Overlap hours confirmed', 'Outcome recorded: advance, hold or reject'],
};

export const CLOSE_TEXT = {
  shapeHeading: 'Contract shape',
  shapes: [
    { text: 'Hourly', detail: 'For exploratory work whose scope is not known yet.' },
    { text: 'Fixed price', detail: 'For a clear scope with written acceptance criteria.' },
    { text: 'Monthly or full time', detail: 'For ongoing ownership of a part of the system.' },
  ],
  rateHeading: 'Rate',
  rateKnown: 'Their rate: {rate}/h ({location}).',
  rateLocationUnknown: 'Their rate: {rate}/h; their location is not known.',
  benchmark: 'Market benchmark: {label}.',
  noBenchmark: 'No market benchmark is known for their location.',
  rateUnknown: 'The rate is not known: ask for it, and hold it against the market benchmark for their region.',
  agreeHeading: 'What to agree',
  agree: [
    { text: 'Deliverables', detail: 'What is handed over, and how it is accepted.' },
    { text: 'Overlap hours', detail: 'When they are reachable, in both time zones.' },
    { text: 'Review cadence', detail: 'How often work is reviewed, and by whom.' },
    { text: 'Documentation', detail: 'What they write down as they go.' },
    { text: 'Scope changes', detail: 'How a change is asked for, priced and agreed.' },
  ],
  checklist: ['Contract shape chosen', 'Rate agreed', 'Every point of "What to agree" written into the contract'],
};

export const FIRST_30_DAYS_TEXT = {
  beforeHeading: 'Before day one',
  before: [
    { text: 'Access', detail: 'Repositories, environments and the tools they need, ready before they start.' },
    { text: 'Codebase orientation', detail: 'A short tour: where things live, how to run it, who to ask.' },
    { text: 'Success definition', detail: 'What "going well" means at day 30, written down and shared.' },
  ],
  firstWeekHeading: 'First week: one of these',
  firstWeek: [
    { text: 'Fix a contained bug', detail: 'Small, real, and reviewed like any other change.' },
    { text: 'Add tests around a weak area', detail: 'Where the team is least sure the code works.' },
    { text: 'Build one {unit}', detail: 'Small enough to ship in the first week.' },
    { text: 'Document a confusing setup', detail: 'What they had to work out, written down for the next person.' },
  ],
  weakTestsHint: 'Their profile raised "{flag}": this shows their testing discipline early.',
  laterHeading: 'Weeks two to four',
  later: [
    { text: 'Ship one change safely', detail: 'Through review, tests and deployment, end to end.' },
    { text: 'Review their pull requests for testing discipline', detail: 'Tests come with the change, not after it.' },
    { text: 'Give them one scoped area to own', detail: 'Theirs to improve and answer for.' },
    { text: 'Ask them to explain part of the system back', detail: 'What they understood, in their words.' },
    { text: 'Discuss what feels risky', detail: 'What they would fix first, and why.' },
  ],
  checkInsHeading: 'Check-ins',
  checkInDays: [1, 7, 14, 30],
  checkIn: 'Check-in, day {day}',
  unitByRole: { backend: 'endpoint', data: 'job', ai: 'endpoint', general: 'endpoint or job' } satisfies Record<ProbeRole, string>,
  checklist: [
    'Access ready before day one',
    'First-week task chosen',
    'Check-ins held at day 1, 7, 14 and 30',
    'At day 30: do they work the way they interviewed?',
  ],
};

/** Fills `{name}` slots; a missing value leaves the slot visible rather than silently empty. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
