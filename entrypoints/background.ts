import { CandidateAnalyzer } from '@/lib/github/candidate-analyzer';
import { GitHubClient } from '@/lib/github/client';
import { classifyRequestFailure } from '@/lib/github/errors';
import { DexieResponseCache } from '@/lib/store/response-cache';
import { ANALYSIS_PORT_NAME, serveAnalysis } from '@/lib/messaging/analysis-port';
import { createMessageRouter } from '@/lib/messaging/background-router';
import { SIDEBAR_UI_FILE } from '@/lib/ui/sidebar-ui-contract';
import { syncMarketplaceScript } from '@/lib/background/marketplace-registration';
import { evaluateCandidate } from '@/lib/judgement/evaluate';
import { interviewPlanMarkdown } from '@/lib/judgement/interview-plan';
import { DEFAULT_THRESHOLDS, ThresholdsSchema } from '@/lib/judgement/scorecard';
import { activeRoleId, candidatesRevision, freshnessHours, githubToken, sidebarCollapsed, thresholds } from '@/lib/settings/settings';
import { CandidateStore } from '@/lib/store/candidates';
import { ScorecardStore } from '@/lib/store/scorecards';
import { PyvetDatabase } from '@/lib/store/db';
import { touchesCandidates } from '@/lib/store/mutations';
import Dexie from 'dexie';

// The background owns the GitHub client, the token and the database; every
// other part of pyvet asks it through lib/messaging (typed, zod-validated).
export default defineBackground(() => {
  const db = new PyvetDatabase();
  const cache = new DexieResponseCache(db);

  async function openClient({ refresh = false, token }: { refresh?: boolean; token?: string } = {}) {
    const savedToken = token ?? (await githubToken.getValue()) ?? undefined;
    const hours = await freshnessHours.getValue();
    return new GitHubClient({ cache, token: savedToken, freshnessMs: refresh ? 0 : hours * 3600_000 });
  }

  const analyzer = new CandidateAnalyzer(openClient);
  const scorecards = new ScorecardStore(db);
  const candidates = new CandidateStore(db);

  async function activeScorecard() {
    const roles = await scorecards.list();
    const wanted = await activeRoleId.getValue();
    // A deleted active role falls back to the first template rather than failing.
    return roles.find((role) => role.id === wanted) ?? roles[0]!;
  }

  const route = createMessageRouter({
    'get-cache-stats': async () => ({ entries: await db.apiCache.count() }),
    'clear-cache': async () => {
      const removed = await db.apiCache.count();
      await db.apiCache.clear();
      return { removed };
    },
    'list-roles': async () => {
      const [roles, active] = await Promise.all([scorecards.list(), activeScorecard()]);
      return { roles: roles.map(({ id, name }) => ({ id, name })), activeId: active.id };
    },
    'evaluate-candidate': async ({ report, reading }) => {
      const saved = ThresholdsSchema.safeParse(await thresholds.getValue());
      const verdict = evaluateCandidate({
        report,
        // A GitHub profile's reading supplies the candidate's own words (bio, README); a marketplace's, the claims.
        reading: reading?.site === 'github' ? null : reading,
        githubReading: reading?.site === 'github' ? reading : null,
        scorecard: await activeScorecard(),
        thresholds: saved.success ? saved.data : DEFAULT_THRESHOLDS,
        now: Date.now(),
      });
      const name = report?.name ?? reading?.name ?? report?.login ?? 'Candidate';
      const url = report?.profileUrl ?? reading?.url ?? '';
      return { verdict, interviewPlan: interviewPlanMarkdown(verdict, name, url) };
    },
    'save-candidate': async (request) => {
      const { candidate, shortlist } = await candidates.save(request, Date.now());
      return { candidate, shortlist: { id: shortlist.id, name: shortlist.name } };
    },
    'get-saved-candidate': async ({ githubLogin, profileUrl }) => ({
      candidate: (await candidates.find(githubLogin, profileUrl)) ?? null,
      shortlists: await candidates.shortlistNames(),
    }),
    'list-recent-candidates': async ({ limit }) => ({ candidates: await candidates.recent(limit) }),
    'load-sidebar-ui': async (_request, { tabId, frameId }) => {
      if (tabId === undefined) throw new Error('only a content script can load the sidebar');
      // Right away, not at document_idle: the page may still be loading while the UI is fetched.
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId ?? 0] }, files: [SIDEBAR_UI_FILE], injectImmediately: true });
      return { loaded: true };
    },
    'check-github-token': async ({ token }) => {
      try {
        return { status: 'ok', rateLimit: await (await openClient({ token })).fetchRateLimit() };
      } catch (failure) {
        return { status: 'error', error: classifyRequestFailure(failure) };
      }
    },
    'get-rate-limit': async () => {
      try {
        const client = await openClient();
        return { status: 'ok', rateLimit: await client.fetchRateLimit(), withToken: client.hasToken };
      } catch (failure) {
        return { status: 'error', error: classifyRequestFailure(failure) };
      }
    },
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Replying through sendResponse (and returning true) works in Chrome and Firefox alike.
    void route(message, { tabId: sender.tab?.id, frameId: sender.frameId }).then(sendResponse);
    return true;
  });

  // The marketplace content script follows the optional permissions the user granted.
  const syncMarketplaces = () =>
    syncMarketplaceScript(browser).catch((error: unknown) => console.error('pyvet: marketplace script registration failed', error));
  void syncMarketplaces();
  browser.permissions.onAdded.addListener(() => void syncMarketplaces());
  browser.permissions.onRemoved.addListener(() => void syncMarketplaces());

  // Sidebars and the popup cannot watch the extension's IndexedDB, but they can watch its storage:
  // any change to saved candidates, made here or on the shortlists page, bumps a revision they follow.
  let revisionTimer: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', (parts) => {
    if (!touchesCandidates(parts)) return;
    clearTimeout(revisionTimer);
    revisionTimer = setTimeout(() => void candidatesRevision.setValue(Date.now()), 50);
  });

  // Alt+Shift+Y: every sidebar follows the stored collapse state, so flipping it is enough.
  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-sidebar') void sidebarCollapsed.getValue().then((collapsed) => sidebarCollapsed.setValue(!collapsed));
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === ANALYSIS_PORT_NAME) serveAnalysis(port, (request, onProgress) => analyzer.analyze(request, onProgress));
  });
});
