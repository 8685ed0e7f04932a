import type { GitHubClient } from '../github/client';
import { classifyRequestFailure } from '../github/errors';
import { evaluateCandidate } from '../judgement/evaluate';
import { interviewPlanMarkdown } from '../judgement/interview-plan';
import type { MessageHandlers } from '../messaging/background-router';
import { loadThresholds } from '../settings/settings';
import type { CandidateStore } from '../store/candidates';
import type { PyvetDatabase } from '../store/db';
import type { ScorecardStore } from '../store/scorecards';
import { createAtsHandlers, type AtsServices } from './ats-handlers';

/** What the background's message handlers work with; the background owns each of them. */
export interface BackgroundServices {
  db: PyvetDatabase;
  scorecards: ScorecardStore;
  candidates: CandidateStore;
  /** A GitHub client with the saved settings, or with the token given (to check it before saving). */
  openClient(options?: { token?: string }): Promise<GitHubClient>;
  now(): number;
  hasHostAccess: AtsServices['hasHostAccess'];
  /** The ATS vendors' addresses and fetch, for tests. */
  atsRequest?: AtsServices['request'];
}

/** The answers to every message the content scripts, the popup and the extension pages send. */
export function createBackgroundHandlers(services: BackgroundServices): MessageHandlers {
  const { db, scorecards, candidates } = services;
  return {
    ...createAtsHandlers({ candidates, now: services.now, hasHostAccess: services.hasHostAccess, request: services.atsRequest }),
    'get-cache-stats': async () => ({ entries: await db.apiCache.count() }),
    'clear-cache': async () => {
      const removed = await db.apiCache.count();
      await db.apiCache.clear();
      return { removed };
    },
    'list-roles': async () => {
      const [roles, active] = await Promise.all([scorecards.list(), scorecards.active()]);
      return { roles: roles.map(({ id, name }) => ({ id, name })), activeId: active.id };
    },
    'evaluate-candidate': async ({ report, reading }) => {
      const verdict = evaluateCandidate({
        report,
        // A GitHub profile's reading supplies the candidate's own words (bio, README); a marketplace's, the claims.
        reading: reading?.site === 'github' ? null : reading,
        githubReading: reading?.site === 'github' ? reading : null,
        scorecard: await scorecards.active(),
        thresholds: await loadThresholds(),
        now: services.now(),
      });
      const name = report?.name ?? reading?.name ?? report?.login ?? 'Candidate';
      const url = report?.profileUrl ?? reading?.url ?? '';
      return { verdict, interviewPlan: interviewPlanMarkdown(verdict, name, url) };
    },
    'save-candidate': async (request) => {
      const { candidate, shortlist } = await candidates.save(request, services.now());
      return { candidate, shortlist: { id: shortlist.id, name: shortlist.name } };
    },
    'get-saved-candidate': async ({ githubLogin, profileUrl }) => ({
      candidate: (await candidates.find(githubLogin, profileUrl)) ?? null,
      shortlists: await candidates.shortlistNames(),
    }),
    'record-stage-outcome': async ({ githubLogin, profileUrl, ...outcome }) => {
      const candidate = await candidates.recordStageOutcomeFor(githubLogin, profileUrl, outcome, services.now());
      return candidate
        ? { status: 'ok', candidate }
        : { status: 'error', message: 'Save the candidate first: pyvet records stage outcomes only for saved candidates.' };
    },
    'list-recent-candidates': async ({ limit }) => ({ candidates: await candidates.recent(limit) }),
    'check-github-token': async ({ token }) => {
      try {
        return { status: 'ok', rateLimit: await (await services.openClient({ token })).fetchRateLimit() };
      } catch (failure) {
        return { status: 'error', error: classifyRequestFailure(failure) };
      }
    },
    'get-rate-limit': async () => {
      try {
        const client = await services.openClient();
        return { status: 'ok', rateLimit: await client.fetchRateLimit(), withToken: client.hasToken };
      } catch (failure) {
        return { status: 'error', error: classifyRequestFailure(failure) };
      }
    },
  };
}
