import { CandidateAnalyzer } from '@/lib/analysis/candidate-analyzer';
import { GitHubClient } from '@/lib/github/client';
import { DexieResponseCache } from '@/lib/github/response-cache';
import { createMessageRouter } from '@/lib/messaging/background-router';
import { PyvetDatabase } from '@/lib/store/db';

// The background owns the GitHub client and the database; every other part
// of pyvet asks it through the typed messages in lib/messaging/protocol.ts.
export default defineBackground(() => {
  const db = new PyvetDatabase();
  const analyzer = new CandidateAnalyzer(new GitHubClient({ cache: new DexieResponseCache(db) }));

  const route = createMessageRouter({
    'analyze-github-account': ({ login }) => analyzer.analyze(login),
    'get-cache-stats': async () => ({ entries: await db.apiCache.count() }),
    'clear-cache': async () => {
      const removed = await db.apiCache.count();
      await db.apiCache.clear();
      return { removed };
    },
  });

  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    // Replying through sendResponse (and returning true) works in Chrome and Firefox alike.
    void route(message).then(sendResponse);
    return true;
  });
});
