import { browser } from 'wxt/browser';
import { z } from 'zod';
import { AnalysisStepSchema, type AnalysisStep } from '../analysis/account-snapshot';
import { GitHubLoginSchema } from '../sites/github-login';
import { AnalysisOutcomeSchema, type AnalysisOutcome } from '../github/outcome';

/**
 * A long analysis reports its progress over a port: the page opens one per
 * analysis, sends the login, and receives progress steps, then the outcome.
 */
export const ANALYSIS_PORT_NAME = 'pyvet-analysis';

export const AnalysisRequestSchema = z.object({
  login: GitHubLoginSchema,
  /** Ignore the cache's freshness window and revalidate everything. */
  refresh: z.boolean().default(false),
});
export type AnalysisRequest = z.input<typeof AnalysisRequestSchema>;

export const AnalysisPortMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('progress'), progress: AnalysisStepSchema }),
  z.object({ kind: z.literal('outcome'), outcome: AnalysisOutcomeSchema }),
]);
export type AnalysisPortMessage = z.infer<typeof AnalysisPortMessageSchema>;

/** The part of a runtime port both ends use; the real one is browser.runtime.Port. */
export interface MessagePort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Page side: runs one analysis over a fresh port. */
export function requestAnalysis(
  connect: () => MessagePort,
  request: AnalysisRequest,
  onProgress: (progress: AnalysisStep) => void,
): Promise<AnalysisOutcome> {
  const payload = AnalysisRequestSchema.parse(request);
  return new Promise((resolve, reject) => {
    const port = connect();
    let settled = false;
    port.onMessage.addListener((raw) => {
      const message = AnalysisPortMessageSchema.safeParse(raw);
      if (!message.success) return;
      if (message.data.kind === 'progress') onProgress(message.data.progress);
      else {
        settled = true;
        port.disconnect();
        resolve(message.data.outcome);
      }
    });
    port.onDisconnect.addListener(() => {
      if (!settled) reject(new Error('pyvet’s background stopped before the analysis finished; reload the page to try again'));
    });
    port.postMessage(payload);
  });
}

/** Page side, in an extension context: one analysis over a new runtime port. */
export function analyzeOverPort(request: AnalysisRequest, onProgress: (progress: AnalysisStep) => void): Promise<AnalysisOutcome> {
  return requestAnalysis(() => browser.runtime.connect({ name: ANALYSIS_PORT_NAME }), request, onProgress);
}

/** Background side: answers one port's analysis request. */
export function serveAnalysis(
  port: MessagePort,
  analyze: (request: z.infer<typeof AnalysisRequestSchema>, onProgress: (step: AnalysisStep) => void) => Promise<AnalysisOutcome>,
): void {
  let open = true;
  port.onDisconnect.addListener(() => (open = false));
  const post = (message: AnalysisPortMessage) => {
    if (open) port.postMessage(message);
  };
  port.onMessage.addListener((raw) => {
    const request = AnalysisRequestSchema.safeParse(raw);
    if (!request.success) {
      port.disconnect();
      return;
    }
    void analyze(request.data, (progress) => post({ kind: 'progress', progress })).then((outcome) =>
      post({ kind: 'outcome', outcome }),
    );
  });
}
