import { CandidateAnalyzer } from '@/lib/analysis/candidate-analyzer';
import { GitHubClient } from '@/lib/github/client';
import { classifyRequestFailure } from '@/lib/github/errors';
import { DexieResponseCache } from '@/lib/github/response-cache';
import { ANALYSIS_PORT_NAME, serveAnalysis } from '@/lib/messaging/analysis-port';
import { createMessageRouter } from '@/lib/messaging/background-router';
import { syncMarketplaceScript } from '@/lib/marketplace-registration';
import { freshnessHours, githubToken } from '@/lib/settings';
import { PyvetDatabase } from '@/lib/store/db';

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

  const route = createMessageRouter({
    'get-cache-stats': async () => ({ entries: await db.apiCache.count() }),
    'clear-cache': async () => {
      const removed = await db.apiCache.count();
      await db.apiCache.clear();
      return { removed };
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

  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    // Replying through sendResponse (and returning true) works in Chrome and Firefox alike.
    void route(message).then(sendResponse);
    return true;
  });

  // The marketplace content script follows the optional permissions the user granted.
  const syncMarketplaces = () =>
    syncMarketplaceScript(browser).catch((error: unknown) => console.error('pyvet: marketplace script registration failed', error));
  void syncMarketplaces();
  browser.permissions.onAdded.addListener(() => void syncMarketplaces());
  browser.permissions.onRemoved.addListener(() => void syncMarketplaces());

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === ANALYSIS_PORT_NAME) serveAnalysis(port, (request, onProgress) => analyzer.analyze(request, onProgress));
  });
});
