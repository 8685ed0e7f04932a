import type { GitHubClient } from '../github/client';
import { classifyRequestFailure } from '../github/errors';
import { viewCandidate } from '../judgement/candidate-view';
import { closedAt } from '../shortlists/stage-outcomes';
import type { MessageHandlers } from '../messaging/background-router';
import { WAKE_MESSAGE_TYPE } from '../messaging/wake';
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
    [WAKE_MESSAGE_TYPE]: async () => ({}),
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
      // The first 30 days are dated from the close, when this person has been advanced there.
      const profileUrl = report?.profileUrl ?? reading?.url;
      const saved = profileUrl ? await candidates.find(report?.login ?? null, profileUrl) : undefined;
      return viewCandidate({
        report,
        reading,
        scorecard: await scorecards.active(),
        thresholds: await loadThresholds(),
        closedAt: saved ? closedAt(saved.history) : null,
        now: services.now(),
      });
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
