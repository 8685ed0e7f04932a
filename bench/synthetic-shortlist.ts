import type { RoleScorecard } from '@/lib/judgement/scorecard';
import { scorecardFromTemplate } from '@/lib/judgement/templates';
import { FlagIdSchema, type FlagId } from '@/lib/judgement/verdict';
import { StageSchema, type Candidate, type CandidateEvent, type QuickScores, type Shortlist, type Stage } from '@/lib/shortlists/records';
import { type Assessment } from '@/lib/judgement/assessment';

const DAY_MS = 86_400_000;
const SEED = 0x5eed;

const FIRST_NAMES = ['Ada', 'Bob', 'Chidi', 'Dana', 'Élodie', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Oren', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Zoë'];
const LAST_NAMES = ['Lovelace', 'Okafor', 'Nakamura', 'García', 'Novak', 'Haddad', 'Kowalski', 'Mensah', 'Lindqvist', 'Petrov', 'Silva', 'Tanaka', 'Weber', 'Yilmaz', 'Dubois', 'Ahmed', 'Rossi', 'Kim', 'Byrne', 'Costa'];
const TAG_POOL = [
  'remote', 'EU timezone', 'US timezone', 'senior', 'mid-level', 'referral', 'contractor', 'full-time',
  'Django', 'FastAPI', 'async', 'open source', 'strong tests', 'startup', 'fintech', 'healthtech',
  'needs visa', 'rehire', 'fast responder', 'top pick',
];
const NOTE_SENTENCES = [
  'Solid FastAPI service with real tests.',
  'Asked about on-call experience; answer was vague.',
  'Rate is above band but negotiable.',
  'Maintains a popular pandas extension.',
  'Available from next month.',
  'Portfolio is mostly notebooks, probe production work.',
  'Good async story, check database migrations.',
  'Referred by the data team lead.',
];
// Most people drop out early, so the funnel narrows stage by stage.
const STAGE_WEIGHTS: Record<Stage, number> = {
  'profile-filter': 35,
  'technical-screen': 25,
  'practical-task': 15,
  'architecture-interview': 10,
  'soft-skills': 8,
  close: 7,
};
const STATUS_WEIGHTS: Record<Assessment['mustHaves'][number]['status'], number> = {
  evidenced: 45,
  claimed: 25,
  unread: 0,
  'not-found': 20,
  'ask-in-interview': 10,
};
const SHORTLISTS = [
  { name: 'Backend Q4', share: 0.5 },
  { name: 'Data platform', share: 0.3 },
  { name: 'AI pilots', share: 0.2 },
];
const ASSESSED_SHARE = 0.8;

type Random = () => number;

/**
 * `count` saved candidates and three shortlists, as a busy hiring manager's
 * database might hold them; the same every run (seeded PRNG) so bench
 * figures compare across runs.
 */
export function syntheticCandidates(count: number, now: number): { candidates: Candidate[]; shortlists: Shortlist[] } {
  const random = mulberry32(SEED);
  const roles = (['backend', 'data', 'ai'] as const).map((templateId) => scorecardFromTemplate(templateId, now));
  const candidates = Array.from({ length: count }, (_, index) => syntheticCandidate(random, index, roles, now));
  const shortlists = SHORTLISTS.map(({ name, share }, index) => ({
    id: `shortlist-${index + 1}`,
    name,
    candidateIds: candidates.filter(() => random() < share).map((candidate) => candidate.id),
    createdAt: now - 400 * DAY_MS,
    updatedAt: now,
  }));
  return { candidates, shortlists };
}

function syntheticCandidate(random: Random, index: number, roles: readonly RoleScorecard[], now: number): Candidate {
  const first = pick(random, FIRST_NAMES);
  const last = pick(random, LAST_NAMES);
  const githubLogin = random() < 0.85 ? loginOf(first, last, index) : null;
  const stage = weighted(random, STAGE_WEIGHTS);
  const note = noteOf(random, integer(random, 0, 300));
  const role = pick(random, roles);
  const scores = scoresOf(random, role);
  const createdAt = now - integer(random, 1, 400) * DAY_MS - integer(random, 0, DAY_MS);
  const history = historyOf(random, { stage, note, scores, createdAt, now });
  const updatedAt = history.at(-1)?.at ?? createdAt;
  return {
    id: `candidate-${index}`,
    githubLogin,
    displayName: random() < 0.9 ? `${first} ${last}` : null,
    profileUrls: profileUrlsOf(random, githubLogin, index),
    stage,
    note,
    tags: sample(random, TAG_POOL, integer(random, 0, 4)),
    history,
    scores,
    assessment: random() < ASSESSED_SHARE ? assessmentOf(random, role, updatedAt) : null,
    createdAt,
    updatedAt,
    merged: [],
  };
}

/** ASCII only, as GitHub logins are. */
function loginOf(first: string, last: string, index: number): string {
  return `${first}-${last}-${index}`.normalize('NFD').replace(/[^A-Za-z0-9-]/g, '').toLowerCase();
}

/** The GitHub profile when there is a login, a marketplace profile otherwise or sometimes as well. */
function profileUrlsOf(random: Random, githubLogin: string | null, index: number): string[] {
  const marketplace = `https://www.upwork.com/freelancers/~01${(index * 7919).toString(16).padStart(8, '0')}`;
  if (githubLogin === null) return [marketplace];
  const github = `https://github.com/${githubLogin}`;
  return random() < 0.4 ? [github, marketplace] : [github];
}

function noteOf(random: Random, length: number): string {
  let note = '';
  while (note.length < length) note += `${pick(random, NOTE_SENTENCES)} `;
  return note.slice(0, length).trimEnd();
}

function scoresOf(random: Random, role: RoleScorecard): QuickScores {
  const skills = sample(random, role.mustHave, integer(random, 0, Math.min(6, role.mustHave.length)));
  return Object.fromEntries(skills.map((skill) => [skill, integer(random, 1, 5)]));
}

/** 1-5 saves from createdAt onwards, moving up the funnel to the candidate's stage; the last one carries the note and scores. */
function historyOf(
  random: Random,
  { stage, note, scores, createdAt, now }: { stage: Stage; note: string; scores: QuickScores; createdAt: number; now: number },
): CandidateEvent[] {
  const events = integer(random, 1, 5);
  const finalStage = StageSchema.options.indexOf(stage);
  const step = (now - createdAt) / events;
  return Array.from({ length: events }, (_, index) => {
    const last = index === events - 1;
    const stageIndex = events === 1 ? finalStage : Math.round((finalStage * index) / (events - 1));
    return {
      at: createdAt + Math.round(step * index),
      stage: StageSchema.options[stageIndex] ?? stage,
      note: last ? note : '',
      ...(last && Object.keys(scores).length > 0 ? { scores } : {}),
    };
  });
}

function assessmentOf(random: Random, role: RoleScorecard, at: number): Assessment {
  const mustHaves = role.mustHave.map((skill) => ({ skill, status: weighted(random, STATUS_WEIGHTS) }));
  const count = (status: Assessment['mustHaves'][number]['status']) => mustHaves.filter((mustHave) => mustHave.status === status).length;
  return {
    role: { id: role.id, name: role.name },
    mustHaves,
    flags: sample<FlagId>(random, FlagIdSchema.options, integer(random, 0, 3)),
    summary: `${count('evidenced')} of ${mustHaves.length} must-haves evidenced, ${count('claimed')} claimed only, ${count('not-found')} not found`,
    at,
  };
}

/** Mulberry32: a tiny seeded PRNG, good enough for test data. */
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in [min, max]. */
function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[integer(random, 0, items.length - 1)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** `size` distinct items, in a random order (partial Fisher-Yates). */
function sample<T>(random: Random, items: readonly T[], size: number): T[] {
  const pool = [...items];
  for (let index = 0; index < size; index++) {
    const swap = integer(random, index, pool.length - 1);
    [pool[index], pool[swap]] = [pool[swap] as T, pool[index] as T];
  }
  return pool.slice(0, size);
}

function weighted<K extends string>(random: Random, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  const fallback = entries.at(-1);
  if (!fallback) throw new Error('weighted pick from no weights');
  let roll = random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll < 0) return key;
  }
  // Only reached through floating-point rounding on the last weight.
  return fallback[0];
}
