import type { AnalysisOutcome } from '../messaging/protocol';
import type { GitHubClient } from '../github/client';
import { classifyRequestFailure } from '../github/errors';
import { fetchFirstLook } from './first-look';

/**
 * Runs analyses for the background, one at a time per login: a sidebar and a
 * popup asking about the same person at once share one set of requests.
 */
export class CandidateAnalyzer {
  private readonly inFlight = new Map<string, Promise<AnalysisOutcome>>();

  constructor(private readonly client: GitHubClient) {}

  analyze(login: string): Promise<AnalysisOutcome> {
    const key = login.toLowerCase();
    const running = this.inFlight.get(key);
    if (running) return running;
    const outcome = this.run(login).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, outcome);
    return outcome;
  }

  private async run(login: string): Promise<AnalysisOutcome> {
    try {
      return { status: 'ok', firstLook: await fetchFirstLook(this.client, login) };
    } catch (failure) {
      return { status: 'error', error: classifyRequestFailure(failure) };
    }
  }
}
