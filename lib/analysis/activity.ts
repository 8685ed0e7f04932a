import { z } from 'zod';
import type { RepoFacts } from './evidence/snapshot';
import { plural } from '../text/plural';

const DAY_MS = 86_400_000;
/** GitHub keeps a user's public events for 30 days (and at most 300 of them), since January 2025. */
const EVENTS_REACH_MS = 30 * DAY_MS;
const MONTHS_SHOWN = 12;

/** A commit figure GitHub may send, or not: a bad one is forgotten, not fatal. */
const optionalCount = z.number().int().nonnegative().optional().catch(undefined);

/** One item of `GET /users/{login}/events/public`, as far as activity needs it. */
export const PublicEventSchema = z.object({
  type: z.string(),
  repo: z.object({ name: z.string() }),
  created_at: z.iso.datetime({ offset: true }),
  // Only pushes carry figures we read; newer push events may leave them out.
  payload: z.object({ size: optionalCount, distinct_size: optionalCount }).catch({}),
});
export type PublicEvent = z.infer<typeof PublicEventSchema>;

/** Commits per day in one repository, from GraphQL `contributionsCollection.commitContributionsByRepository` (token only). */
export const RepoContributionsSchema = z.object({
  /** "owner/name". */
  repo: z.string(),
  language: z.string().nullable(),
  days: z.array(z.object({ date: z.iso.date(), commits: z.number().int().nonnegative() })),
});
export type RepoContributions = z.infer<typeof RepoContributionsSchema>;
export const ContributionsByRepoSchema = z.array(RepoContributionsSchema);
export type ContributionsByRepo = z.infer<typeof ContributionsByRepoSchema>;

/**
 * Where activity happened. Notebooks stand apart from Python so that a
 * notebook-heavy profile doesn't pass for production Python; "unknown" is a
 * repository outside the account's list whose language nobody told us.
 */
export const LanguageBucketSchema = z.enum(['python', 'notebook', 'other', 'unknown']);
export type LanguageBucket = z.infer<typeof LanguageBucketSchema>;

export const ActivityMonthSchema = z.object({
  /** "YYYY-MM", UTC. */
  month: z.string(),
  python: z.number(),
  notebook: z.number(),
  other: z.number(),
  unknown: z.number(),
});
export type ActivityMonth = z.infer<typeof ActivityMonthSchema>;

export const ActivityReportSchema = z.object({
  source: z.enum(['contributions', 'events+repo-dates']),
  /** The last 12 calendar months (UTC), oldest first, the current month last. */
  months: z.array(ActivityMonthSchema),
  /** What the counts can't see, in plain words for the hiring manager. */
  coverageNotes: z.array(z.string()),
  /** The most recent push to a Python repository the candidate owns (forks left out). */
  lastOwnPythonPush: z.object({ repo: z.string(), url: z.string(), pushedAt: z.string() }).nullable(),
  /** Whole months between that push and now; null when there is none. */
  monthsSinceLastPythonPush: z.number().nullable(),
  /** Of the candidate's own non-fork repositories with a language, the share in Python (0–1); null when none. */
  pythonShareOfOwnRepos: z.number().nullable(),
});
export type ActivityReport = z.infer<typeof ActivityReportSchema>;

export interface ActivityInput {
  /** The account's repository list. */
  repos: readonly RepoFacts[];
  /** Public events as GitHub sent them, each read leniently; null when they could not be fetched. */
  events: readonly unknown[] | null;
  /** With a token: when given, these replace events and repository dates. */
  contributions?: ContributionsByRepo | null;
  /** Epoch ms. */
  now: number;
}

/** Some activity in one repository at one time. */
interface Tally {
  repo: string;
  at: number;
  count: number;
}

/** Pure: a year of activity by language, with what it can't see spelled out. */
export function buildActivitySeries(input: ActivityInput): ActivityReport {
  const { repos, contributions, now } = input;
  const source = contributions ? 'contributions' : 'events+repo-dates';
  const read = input.events === null ? null : readEvents(input.events);
  const months = emptyMonths(now);
  const bucketOf = languageBuckets(repos, contributions ?? []);
  const tallies = contributions
    ? contributionTallies(contributions)
    : [
        ...eventTallies(read?.events ?? []),
        // Without events, repository dates are all there is, right up to today.
        ...repoDateTallies(repos, read === null ? Infinity : now - EVENTS_REACH_MS),
      ];
  for (const tally of tallies) {
    const month = months.get(monthKey(tally.at));
    if (month) month[bucketOf(tally.repo)] += tally.count;
  }
  const series = [...months.values()];
  const lastOwnPythonPush = findLastOwnPythonPush(repos);
  return {
    source,
    months: series,
    coverageNotes: coverageNotes({
      source,
      eventsRead: read !== null,
      eventsDropped: read?.dropped ?? 0,
      unknown: series.reduce((sum, month) => sum + month.unknown, 0),
    }),
    lastOwnPythonPush,
    monthsSinceLastPythonPush: lastOwnPythonPush ? wholeMonthsBetween(Date.parse(lastOwnPythonPush.pushedAt), now) : null,
    pythonShareOfOwnRepos: pythonShareOfOwnRepos(repos),
  };
}

/** "YYYY-MM" of a time, in UTC. */
function monthKey(time: number): string {
  const date = new Date(time);
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The 12 months ending with the current one, all counts at zero, in order. */
function emptyMonths(now: number): Map<string, ActivityMonth> {
  const today = new Date(now);
  const months = new Map<string, ActivityMonth>();
  for (let back = MONTHS_SHOWN - 1; back >= 0; back--) {
    // Date.UTC rolls a negative month back into the previous year.
    const month = monthKey(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1));
    months.set(month, { month, python: 0, notebook: 0, other: 0, unknown: 0 });
  }
  return months;
}

function bucketForLanguage(language: string | null): LanguageBucket {
  if (language === 'Python') return 'python';
  if (language === 'Jupyter Notebook') return 'notebook';
  return 'other';
}

/** Which bucket a repository's activity goes in: its listed language first, then what contributions say. */
function languageBuckets(
  repos: readonly RepoFacts[],
  contributions: readonly RepoContributions[],
): (repo: string) => LanguageBucket {
  // GitHub names are case-insensitive.
  const buckets = new Map<string, LanguageBucket>();
  for (const entry of contributions) buckets.set(entry.repo.toLowerCase(), bucketForLanguage(entry.language));
  for (const repo of repos) buckets.set(repo.fullName.toLowerCase(), bucketForLanguage(repo.language));
  return (repo) => buckets.get(repo.toLowerCase()) ?? 'unknown';
}

/** Items that don't parse are dropped one by one: a single odd event must not hide the rest. */
function readEvents(items: readonly unknown[]): { events: PublicEvent[]; dropped: number } {
  const events = items.flatMap((item) => {
    const parsed = PublicEventSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  return { events, dropped: items.length - events.length };
}

function contributionTallies(contributions: readonly RepoContributions[]): Tally[] {
  return contributions.flatMap((entry) =>
    entry.days.map((day) => ({ repo: entry.repo, at: Date.parse(day.date), count: day.commits })),
  );
}

/** Clicks, not work: starring or forking someone's repository says nothing about the candidate's code. */
const IGNORED_EVENTS = new Set(['WatchEvent', 'ForkEvent']);

function eventTallies(events: readonly PublicEvent[]): Tally[] {
  return events
    .filter((event) => !IGNORED_EVENTS.has(event.type))
    .map((event) => ({ repo: event.repo.name, at: Date.parse(event.created_at), count: eventWeight(event) }));
}

/** A push counts its new commits; any other action counts once. */
function eventWeight(event: PublicEvent): number {
  if (event.type !== 'PushEvent') return 1;
  return event.payload.distinct_size ?? event.payload.size ?? 1;
}

/**
 * The coarse stand-in for months events don't reach: each own repository's
 * creation and last push count once. Dates events do reach are left to the
 * events, so a recent push isn't counted twice.
 */
function repoDateTallies(repos: readonly RepoFacts[], eventsReachFrom: number): Tally[] {
  return repos
    .filter((repo) => !repo.fork)
    .flatMap((repo) => [repo.createdAt, repo.pushedAt].map((date) => ({ repo: repo.fullName, date })))
    .flatMap(({ repo, date }) => {
      const at = date === null ? NaN : Date.parse(date);
      return at < eventsReachFrom ? [{ repo, at, count: 1 }] : [];
    });
}

function coverageNotes(facts: {
  source: ActivityReport['source'];
  eventsRead: boolean;
  eventsDropped: number;
  unknown: number;
}): string[] {
  const notes: string[] = [];
  if (facts.source === 'contributions') {
    notes.push(
      'Counts are commits GitHub credits to this account, day by day; issues, pull requests and reviews are not counted.',
      'Commits made under an email address not linked to the account are not credited to it.',
    );
  } else {
    notes.push(
      facts.eventsRead
        ? "GitHub's public events cover only about the last 30 days (at most 300 events); older months count only repository creation and last-push dates, one each."
        : "GitHub's public events could not be read, so every month counts only repository creation and last-push dates, one each.",
      "A repository's last push hides its earlier pushes, so older months undercount steady work.",
      'A push counts its new commits (or 1 where GitHub does not say how many); issues, pull requests, reviews and other public actions count 1 each; starring and forking are not counted.',
    );
  }
  notes.push('Private and company work is invisible.');
  if (facts.eventsDropped > 0) {
    notes.push(`${plural(facts.eventsDropped, 'event')} from GitHub could not be read and ${facts.eventsDropped === 1 ? 'was' : 'were'} left out.`);
  }
  if (facts.unknown > 0) {
    notes.push(
      `${facts.unknown} of these counts come from repositories outside this account's list (such as contributions to others' projects), whose language is unknown.`,
    );
  }
  return notes;
}


function findLastOwnPythonPush(repos: readonly RepoFacts[]): ActivityReport['lastOwnPythonPush'] {
  let last: ActivityReport['lastOwnPythonPush'] = null;
  for (const repo of repos) {
    if (repo.fork || repo.language !== 'Python' || !repo.pushedAt) continue;
    if (!last || Date.parse(repo.pushedAt) > Date.parse(last.pushedAt)) {
      last = { repo: repo.fullName, url: repo.htmlUrl, pushedAt: repo.pushedAt };
    }
  }
  return last;
}

/** Calendar months elapsed, counting a month only once its day and time have come round again. */
function wholeMonthsBetween(from: number, to: number): number {
  const start = new Date(from);
  const end = new Date(to);
  const months =
    (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + (end.getUTCMonth() - start.getUTCMonth());
  const intoStartMonth = from - Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
  const intoEndMonth = to - Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1);
  // A push "in the future" (clock skew) is simply recent.
  return Math.max(0, intoEndMonth < intoStartMonth ? months - 1 : months);
}

function pythonShareOfOwnRepos(repos: readonly RepoFacts[]): number | null {
  const withLanguage = repos.filter((repo) => !repo.fork && repo.language !== null);
  if (withLanguage.length === 0) return null;
  return withLanguage.filter((repo) => repo.language === 'Python').length / withLanguage.length;
}
