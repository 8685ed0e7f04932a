import { z } from 'zod';
import { EvidenceSchema, type Evidence, type RepoFacts } from './evidence/snapshot';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Grace for timestamps GitHub sets while making the fork, so they don't pass for work. */
const FORK_GRACE_MS = MINUTE_MS;

export const OriginalityKindSchema = z.enum(['fork-no-own-commits', 'fork-with-pushes', 'tutorial-clone', 'original']);
export type OriginalityKind = z.infer<typeof OriginalityKindSchema>;

export const RepoVerdictSchema = z.object({
  /** "owner/name". */
  repo: z.string(),
  url: z.string(),
  kind: OriginalityKindSchema,
  /** One sentence: why this verdict. */
  reason: z.string(),
});
export type RepoVerdict = z.infer<typeof RepoVerdictSchema>;

export const PolishedRepoSchema = z.object({
  repo: z.string(),
  url: z.string(),
  score: z.number(),
  /** What earned the score, in plain words ("12 stars", "has a description", …). */
  signals: z.array(z.string()),
});
export type PolishedRepo = z.infer<typeof PolishedRepoSchema>;

export const OriginalityReportSchema = z.object({
  /** One per listed repository, in the order given. */
  verdicts: z.array(RepoVerdictSchema),
  counts: z.object({
    repos: z.number(),
    forksNoOwnCommits: z.number(),
    forksWithPushes: z.number(),
    tutorialClones: z.number(),
    original: z.number(),
  }),
  /** Share of listed repositories that are forks (0–1); null when none are listed. */
  forkShare: z.number().nullable(),
  /** Share of listed repositories that look like tutorial or course work (0–1); null when none are listed. */
  tutorialShare: z.number().nullable(),
  /** The few original repositories that stand out, best first. */
  polished: z.array(PolishedRepoSchema),
  /** Original repositories with little to show (see SHALLOW_MAX_SCORE). */
  shallowCount: z.number(),
  evidence: z.array(EvidenceSchema),
});
export type OriginalityReport = z.infer<typeof OriginalityReportSchema>;

/**
 * Pure: which repositories are the candidate's own work, and which of those
 * have substance. `readmeIntros` holds how the examined repositories' READMEs
 * begin, which may say they are tutorial or course work.
 */
export function assessOriginality(repos: readonly RepoFacts[], now: number, readmeIntros: ReadonlyMap<string, string> = new Map()): OriginalityReport {
  const verdicts = repos.map((repo) => judgeRepo(repo, readmeIntros.get(repo.fullName)));
  const count = (kind: OriginalityKind) => verdicts.filter((verdict) => verdict.kind === kind).length;
  const counts = {
    repos: repos.length,
    forksNoOwnCommits: count('fork-no-own-commits'),
    forksWithPushes: count('fork-with-pushes'),
    tutorialClones: count('tutorial-clone'),
    original: count('original'),
  };
  const share = (part: number) => (repos.length === 0 ? null : part / repos.length);

  // Substance is weighed only where the work is the candidate's own idea.
  const weighed = repos
    .filter((_, index) => verdicts[index]?.kind === 'original')
    .map((repo) => ({ repo, ...weighSubstance(repo, now) }));
  const polished = weighed
    .filter(({ score }) => score >= POLISHED_MIN_SCORE)
    .sort((a, b) => b.score - a.score || b.repo.stars - a.repo.stars)
    .slice(0, POLISHED_SHOWN)
    .map(({ repo, score, signals }) => ({ repo: repo.fullName, url: repo.htmlUrl, score, signals }));
  const shallowCount = weighed.filter(({ score }) => score <= SHALLOW_MAX_SCORE).length;

  return {
    verdicts,
    counts,
    forkShare: share(counts.forksNoOwnCommits + counts.forksWithPushes),
    tutorialShare: share(counts.tutorialClones),
    polished,
    shallowCount,
    evidence: [...verdictEvidence(verdicts), ...polished.map(polishedEvidence)],
  };
}

function judgeRepo(repo: RepoFacts, readmeIntro: string | undefined): RepoVerdict {
  const verdict = (kind: OriginalityKind, reason: string): RepoVerdict => ({
    repo: repo.fullName,
    url: repo.htmlUrl,
    kind,
    reason,
  });
  // A fork is judged as a fork: even pushed to, its idea is someone else's.
  if (repo.fork) {
    const origin = repo.parentFullName ?? 'another repository';
    const workedDays = daysWorkedAfterCreation(repo, FORK_GRACE_MS);
    if (workedDays === null) {
      return verdict('fork-no-own-commits', `Fork of ${origin}, never pushed to after forking.`);
    }
    return verdict(
      'fork-with-pushes',
      `Fork of ${origin}, pushed to ${describeDays(workedDays)} after forking; pushes may only sync the original, so they don't prove the candidate wrote anything.`,
    );
  }
  const tutorial = tutorialReason(repo) ?? introReason(repo.description, 'description') ?? introReason(readmeIntro, 'README');
  if (tutorial) return verdict('tutorial-clone', tutorial);
  return verdict('original', 'Not a fork, and nothing marks it as tutorial or course work.');
}

/** Days from creation to last push, or null when the last push is no later than creation (plus grace). */
function daysWorkedAfterCreation(repo: RepoFacts, graceMs: number): number | null {
  if (repo.pushedAt === null) return null;
  const worked = Date.parse(repo.pushedAt) - Date.parse(repo.createdAt);
  return worked > graceMs ? worked / DAY_MS : null;
}

function describeDays(days: number): string {
  if (days < 1) return 'within a day';
  if (days < 60) return `${Math.round(days)} days`;
  if (days < 730) return `${Math.round(days / 30.44)} months`;
  return `${Math.round(days / 365.25)} years`;
}

// ---- Tutorial and course work ----
//
// Names, descriptions and topics are split into lower-case words at
// "-", "_", spaces, other punctuation and camelCase ("MyFirstApp" → my first
// app), and patterns match whole words only. A single everyday word never
// decides ("weather-forecast-pipeline" is not a weather-app tutorial): it takes
// a telltale phrase, or a name that is nothing but a classic tutorial subject.

/**
 * A name that is only one of these subjects plus FILLER_WORDS (and numbers) is
 * a classic beginner project: "todo", "simple-todo-app", "django-blog",
 * "MyPortfolio", "python-practice", "assignment-2". Unless it has stars.
 */
const TUTORIAL_SUBJECTS = [
  'todo', 'to do', 'calculator', 'weather', 'rock paper scissors', 'snake', 'quiz', 'portfolio', 'blog', 'crud',
  'practice', 'exercises', 'assignment', 'course', 'tutorial', 'learning',
];
const FILLER_WORDS = new Set([
  'my', 'simple', 'basic', 'first', 'python', 'python3', 'py', 'django', 'flask', 'fastapi', 'react',
  'js', 'app', 'application', 'project', 'website', 'site', 'web', 'game', 'cli', 'api',
]);
/** Others finding a bare-subject repository worth a star suggests it is more than an exercise. */
const SUBJECT_WAIVED_FROM_STARS = 10;

/** Phrases that mark tutorial or course work wherever they appear: name, description or topics. */
const TELLTALE_PHRASES = [
  '100 days of', '100daysofcode', 'tic tac toe', 'tictactoe', 'hangman',
  'todo app', 'todo list', 'to do app', 'to do list', 'todoapp', 'todolist', 'weather app', 'weatherapp', 'my first',
  'homework', 'coursework', 'course project', 'programming assignment',
  'bootcamp', 'udemy', 'coursera', 'freecodecamp', 'free code camp',
];
/**
 * Phrases that mark it only in a name or topic: in a description they are
 * too often innocent ("without the boilerplate", "helps you learn Python").
 */
const NAME_TELLTALE_PHRASES = [
  'hello world', 'helloworld', 'learning python', 'learn python', 'python learning', 'boilerplate', 'starter',
];

/** Lower-case words of a name or text, split at punctuation and camelCase. */
function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function hasPhrase(textWords: readonly string[], phrase: string): boolean {
  return ` ${textWords.join(' ')} `.includes(` ${phrase} `);
}

/** Why this repository looks like tutorial or course work, or null. */
function tutorialReason(repo: RepoFacts): string | null {
  const nameWords = words(repo.name);
  const subject = nameWords.filter((word) => !FILLER_WORDS.has(word) && !/^\d+$/.test(word)).join(' ');
  if (TUTORIAL_SUBJECTS.includes(subject) && repo.stars < SUBJECT_WAIVED_FROM_STARS) {
    return `Named after a classic beginner project (“${subject}”).`;
  }
  // "netflix-clone", "amazon-clone-django": rebuilding a famous site is a course staple.
  const cloneAt = nameWords.indexOf('clone');
  if (cloneAt > 0) return `Its name marks it as a “${nameWords.slice(0, cloneAt).join(' ')} clone”, a common course exercise.`;

  const fields: { label: string; words: string[]; phrases: readonly string[] }[] = [
    { label: 'name', words: nameWords, phrases: [...TELLTALE_PHRASES, ...NAME_TELLTALE_PHRASES] },
    ...repo.topics.map((topic) => ({
      label: `topic “${topic}”`,
      words: words(topic),
      phrases: [...TELLTALE_PHRASES, ...NAME_TELLTALE_PHRASES],
    })),
    { label: 'description', words: words(repo.description ?? ''), phrases: TELLTALE_PHRASES },
  ];
  for (const field of fields) {
    const phrase = field.phrases.find((candidate) => hasPhrase(field.words, candidate));
    if (phrase) return `Its ${field.label} says “${phrase}”, typical of tutorial or course work.`;
  }
  return null;
}

/**
 * Sentences that say a repository is tutorial, course or homework material:
 * "an example application featured in my Flask Mega-Tutorial", "supporting
 * material for a YouTube tutorial", "Home assignments related to … Course".
 */
const INTRO_PATTERNS = [
  /\b(featured|used|built|created|written|developed|made|shown|explained|covered)\s+(in|for|during|while following|following|as part of)\s+(my|the|a|an|this|our)?\s*[\w\s'’.-]{0,50}?\b(tutorial|mega-tutorial|course|class|bootcamp|workshop|book|lecture|mooc|nanodegree|specialization|screencast)s?\b/i,
  /\b(tutorial|course|workshop|screencast|video)\b[^.\n]{0,40}\bfor this (project|repo|repository|code)\b/i,
  /\b(supporting|training|course|class|lecture|workshop) materials?\b/i,
  /\b(home\s?assignments?|homework|coursework|course (project|assignment)s?|programming assignment|individual project #?\d|capstone project|bootcamp|zoomcamp)\b/i,
  /\b(read|follow(ed)?) (it )?(in parallel|along) with\b/i,
];

function introReason(text: string | null | undefined, where: 'description' | 'README'): string | null {
  if (!text) return null;
  // "[Flask Mega-Tutorial](https://…)" and "`Flask Mega-Tutorial <https://…>`_" read as their words.
  const plain = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`([^`<]*)<[^>]*>`_+/g, '$1');
  for (const pattern of INTRO_PATTERNS) {
    const match = pattern.exec(plain);
    if (match) return `Its ${where} says “${match[0].replace(/\s+/g, ' ').trim()}”: tutorial or course material.`;
  }
  return null;
}

// ---- Substance: one polished repository vs many shallow ones ----

/** Scores at or above this stand out (out of 9). */
const POLISHED_MIN_SCORE = 5;
const POLISHED_SHOWN = 3;
/** Scores at or below this have little to show beyond existing. */
const SHALLOW_MAX_SCORE = 2;
/** Below this GitHub size a repository holds little more than a few files and their history. */
const SUBSTANTIAL_SIZE_KB = 100;
const WORKED_ON_MIN_DAYS = 7;
const RECENT_PUSH_DAYS = 365;

/** The simple, visible facts that make a repository more than a throwaway, and their points. */
function weighSubstance(repo: RepoFacts, now: number): { score: number; signals: string[] } {
  let score = 0;
  const signals: string[] = [];
  const add = (points: number, signal: string) => {
    score += points;
    signals.push(signal);
  };
  const stars = `${repo.stars} ${repo.stars === 1 ? 'star' : 'stars'}`;
  if (repo.stars >= 100) add(3, stars);
  else if (repo.stars >= 10) add(2, stars);
  else if (repo.stars >= 1) add(1, stars);
  if (repo.sizeKb >= SUBSTANTIAL_SIZE_KB) add(1, `${repo.sizeKb} KB`);
  if (repo.description?.trim()) add(1, 'has a description');
  if (repo.topics.length > 0) add(1, 'tagged with topics');
  if (!repo.archived) add(1, 'not archived');
  const workedDays = daysWorkedAfterCreation(repo, 0);
  if (workedDays !== null && workedDays > WORKED_ON_MIN_DAYS) {
    add(1, `worked on for ${describeDays(workedDays)} after creation`);
  }
  if (repo.pushedAt !== null && now - Date.parse(repo.pushedAt) <= RECENT_PUSH_DAYS * DAY_MS) {
    add(1, 'pushed to in the last year');
  }
  return { score, signals };
}

// ---- Evidence ----

function verdictEvidence(verdicts: readonly RepoVerdict[]): Evidence[] {
  return verdicts
    .filter((verdict) => verdict.kind !== 'original')
    .map((verdict) => ({ kind: verdict.kind, repo: verdict.repo, path: null, url: verdict.url, detail: verdict.reason }));
}

function polishedEvidence(polished: PolishedRepo): Evidence {
  return {
    kind: 'polished-repo',
    repo: polished.repo,
    path: null,
    url: polished.url,
    detail: `Stands out among their own repositories: ${polished.signals.join(', ')}.`,
  };
}
