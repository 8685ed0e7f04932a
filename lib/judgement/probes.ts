import { coreRoleTypes, resolveRoleSkill, type RoleType } from './role-skills';
import type { RoleScorecard } from './scorecard';
import type { Probe } from './verdict';

type ProbeId = Probe['id'];

/** The kind of role a scorecard is for, which decides how each probe is worded and which come first. */
export type ProbeRole = 'backend' | 'data' | 'ai' | 'general';

/** What a probe's wording depends on; a saved assessment knows these without the whole scorecard. */
export type ProbeRoleInput = Pick<RoleScorecard, 'templateId' | 'mustHave'>;

/** DOMAIN.md's probes, each worded for the role; 'general' is DOMAIN.md's own wording. */
const PROBES: Record<ProbeId, { title: string; questions: Record<ProbeRole, string> }> = {
  'async-traps': {
    title: 'Async traps',
    questions: {
      backend:
        'A FastAPI endpoint declared async def calls a blocking library (requests, a sync database driver). What happens under load, and how would you find and fix it?',
      data: 'An async ingestion step calls a blocking client for every record. What happens to throughput under load, and how would you fix it?',
      ai: 'An async endpoint awaits the LLM call, then runs a blocking embedding or vector search call. What happens with a hundred concurrent requests?',
      general: 'A blocking call inside an async FastAPI endpoint: what happens under load?',
    },
  },
  'database-isolation': {
    title: 'Database isolation',
    questions: {
      backend:
        'Two requests update the same PostgreSQL row at once: which isolation level or lock keeps it correct, and how do you roll out a migration that adds a NOT NULL column safely?',
      data: 'A load job rewrites a table while analysts query it: how do transactions keep readers consistent, and how do you change the table’s schema without breaking the pipeline?',
      ai: 'Two requests append to the same conversation history at once: how do transactions under contention keep it consistent, and how do you migrate its table safely?',
      general: 'Transactions under contention, and migrations that are safe to roll out: how do you handle them?',
    },
  },
  'etl-idempotency': {
    title: 'ETL idempotency',
    questions: {
      backend: 'A Celery task that sends an email or charges a card is retried, or runs twice. How do you make it safe to run again?',
      data: 'An Airflow task fails halfway through loading a day of data and is retried (or a backfill runs it twice). What ends up in the warehouse, and how do you make the load idempotent?',
      ai: 'The job that chunks and embeds documents into the vector store is retried or runs twice. How do you avoid duplicate or stale chunks?',
      general: 'What happens when a job is retried or runs twice?',
    },
  },
  'prompt-injection': {
    title: 'Prompt injection',
    questions: {
      backend: 'If this API passed user text to an LLM, how would you guard against injected instructions and validate malformed model output?',
      data: 'If a pipeline step used an LLM to extract fields from documents, how would you guard against instructions hidden in the documents and malformed output?',
      ai: 'A retrieved document says "ignore previous instructions and …". How does your retrieval workflow guard against injected instructions, and how do you handle malformed model output (schema validation, retries)?',
      general: 'How does a retrieval workflow guard against injected instructions and malformed model output?',
    },
  },
  gil: {
    title: 'The GIL',
    questions: {
      backend: 'An endpoint needs a CPU-heavy step (rendering a PDF, resizing images): threads, processes or a worker queue, and why?',
      data: 'A pandas transformation is CPU-bound and uses one core: threads or processes, and what does the GIL change?',
      ai: 'Chunking and tokenizing thousands of documents is CPU-bound: threads or processes, and what does the GIL change?',
      general: 'Scaling a CPU-bound task: threads or processes, and why?',
    },
  },
  'test-strategy': {
    title: 'Test strategy',
    questions: {
      backend: 'You inherit an untested FastAPI service: what would you automate first to cut regression risk (API tests with pytest, database fixtures, contract tests)?',
      data: 'You inherit an untested pipeline: what would you automate first (small fixture datasets, data contracts, a test that a rerun changes nothing)?',
      ai: 'You inherit an LLM feature with no tests: what would you automate first (an evaluation set, schema checks on model output, regression evals)?',
      general: 'What would you automate first to cut regression risk?',
    },
  },
};

/** The probes that matter most for each role, most useful first. */
const CORE_PROBES: Record<ProbeRole, ProbeId[]> = {
  backend: ['async-traps', 'database-isolation', 'test-strategy'],
  data: ['etl-idempotency', 'database-isolation', 'test-strategy'],
  ai: ['prompt-injection', 'async-traps', 'test-strategy'],
  general: ['test-strategy', 'gil'],
};

const ROLE_OF_CORE_TYPE: Record<RoleType, ProbeRole | null> = {
  web: 'backend',
  data: 'data',
  ML: 'ai',
  AI: 'ai',
  infra: null,
  mobile: null,
};

/**
 * The scorecard's role: its template's, or else the one whose core
 * frameworks its must-haves name most (earliest named on a tie); 'general'
 * when they name none.
 */
export function probeRoleOf(scorecard: ProbeRoleInput): ProbeRole {
  if (scorecard.templateId) return scorecard.templateId;
  const votes = scorecard.mustHave
    .flatMap((skill) => coreRoleTypes(resolveRoleSkill(skill)))
    .flatMap((type) => ROLE_OF_CORE_TYPE[type] ?? []);
  let best: ProbeRole = 'general';
  let bestCount = 0;
  for (const role of votes) {
    const count = votes.filter((vote) => vote === role).length;
    if (count > bestCount) [best, bestCount] = [role, count];
  }
  return best;
}

/** The role's core probe ids, most useful first. */
export function coreProbeIds(scorecard: ProbeRoleInput): ProbeId[] {
  return [...CORE_PROBES[probeRoleOf(scorecard)]];
}

/** Probe ids with the role's core ones first (in their order), then the rest as given, without repeats. */
export function orderForRole(probeIds: readonly ProbeId[], scorecard: ProbeRoleInput): ProbeId[] {
  const given = new Set(probeIds);
  const core = coreProbeIds(scorecard).filter((id) => given.has(id));
  return [...new Set([...core, ...probeIds])];
}

/** The probes, worded for the scorecard's role, its core ones first. */
export function probesForRole(probeIds: readonly ProbeId[], scorecard: ProbeRoleInput): Probe[] {
  const role = probeRoleOf(scorecard);
  return orderForRole(probeIds, scorecard).map((id) => ({ id, title: PROBES[id].title, question: PROBES[id].questions[role] }));
}
