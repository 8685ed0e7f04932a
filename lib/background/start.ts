import type { WxtBrowser } from 'wxt/browser';
import { CandidateAnalyzer } from '../github/candidate-analyzer';
import { GitHubClient } from '../github/client';
import { ANALYSIS_PORT_NAME, serveAnalysis } from '../messaging/analysis-port';
import { createMessageRouter } from '../messaging/background-router';
import { freshnessHours, githubToken } from '../settings/settings';
import { CandidateStore } from '../store/candidates';
import { PyvetDatabase } from '../store/db';
import { announceCandidateWrites } from '../store/revisions';
import { DexieResponseCache } from '../store/response-cache';
import { ScorecardStore } from '../store/scorecards';
import { ATS_API_ORIGINS } from '../sites/sites';
import { runCommand } from './commands';
import { createBackgroundHandlers } from './handlers';
import { syncMarketplaceScript } from './marketplace-registration';

/** The browser APIs the background listens to and uses. */
export type BackgroundBrowser = Pick<WxtBrowser, 'runtime' | 'permissions' | 'scripting' | 'commands'>;

/**
 * The background: it owns the GitHub client, the token and the database, and
 * every other part of pyvet asks it through lib/messaging (typed, zod-validated).
 */
export function startBackground(browser: BackgroundBrowser, db: PyvetDatabase = new PyvetDatabase()): void {
  announceCandidateWrites(db);
  const cache = new DexieResponseCache(db);

  async function openClient({ refresh = false, token }: { refresh?: boolean; token?: string } = {}) {
    const savedToken = token ?? (await githubToken.getValue()) ?? undefined;
    const hours = await freshnessHours.getValue();
    return new GitHubClient({ cache, token: savedToken, freshnessMs: refresh ? 0 : hours * 3600_000 });
  }
  const analyzer = new CandidateAnalyzer(openClient);

  const route = createMessageRouter(
    createBackgroundHandlers({
      db,
      scorecards: new ScorecardStore(db),
      candidates: new CandidateStore(db),
      openClient,
      now: Date.now,
      hasHostAccess: (vendor) => browser.permissions.contains({ origins: [ATS_API_ORIGINS[vendor]] }),
    }),
  );
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    // Replying through sendResponse (and returning true) works in Chrome and Firefox alike.
    void route(message).then(sendResponse);
    return true;
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === ANALYSIS_PORT_NAME) serveAnalysis(port, (request, onProgress) => analyzer.analyze(request, onProgress));
  });

  // The marketplace content script follows the optional permissions the user granted.
  const syncMarketplaces = () =>
    syncMarketplaceScript(browser).catch((error: unknown) => console.error('pyvet: marketplace script registration failed', error));
  void syncMarketplaces();
  browser.permissions.onAdded.addListener(() => void syncMarketplaces());
  browser.permissions.onRemoved.addListener(() => void syncMarketplaces());

  browser.commands.onCommand.addListener((command) => void runCommand(command));
}
