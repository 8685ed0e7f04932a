import type { GitHubClient } from './client';
import { classifyRequestFailure } from './errors';
import { gatherOverGraphql } from './graphql-gatherer';
import { gatherOverRest } from './rest-gatherer';
import type { AnalysisOutcome } from './outcome';
import type { AnalysisStep } from '../analysis/account-snapshot';
import { buildCandidateReport } from '../analysis/candidate-report';

export interface AnalysisRequest {
  login: string;
  /** Revalidate everything instead of trusting the cache's freshness window. */
  refresh: boolean;
}

type ProgressListener = (step: AnalysisStep) => void;

/**
 * Runs analyses, one at a time per login: a sidebar and a popup asking about
 * the same person at once share one set of requests and both see progress.
 */
export class CandidateAnalyzer {
  private readonly inFlight = new Map<string, { outcome: Promise<AnalysisOutcome>; listeners: Set<ProgressListener> }>();

  constructor(
    /** A client set up with the current settings (token, freshness window). */
    private readonly openClient: (options: { refresh: boolean }) => Promise<GitHubClient>,
    private readonly now: () => number = Date.now,
  ) {}

  analyze(request: AnalysisRequest, onProgress: ProgressListener = () => {}): Promise<AnalysisOutcome> {
    const key = `${request.login.toLowerCase()}${request.refresh ? '#refresh' : ''}`;
    const running = this.inFlight.get(key);
    if (running) {
      running.listeners.add(onProgress);
      return running.outcome;
    }
    const listeners = new Set([onProgress]);
    const outcome = this.run(request, (step) => listeners.forEach((listener) => listener(step))).finally(() =>
      this.inFlight.delete(key),
    );
    this.inFlight.set(key, { outcome, listeners });
    return outcome;
  }

  private async run(request: AnalysisRequest, onProgress: ProgressListener): Promise<AnalysisOutcome> {
    try {
      const client = await this.openClient({ refresh: request.refresh });
      const gather = client.hasToken ? gatherOverGraphql : gatherOverRest;
      const snapshot = await gather(client, request.login, { now: this.now(), onProgress });
      onProgress({ step: 'report' });
      return { status: 'ok', report: buildCandidateReport(snapshot, this.now()), rateLimit: client.rateLimit };
    } catch (failure) {
      return { status: 'error', error: classifyRequestFailure(failure, this.now()) };
    }
  }
}
