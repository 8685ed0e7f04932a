import { describe, expect, it, vi } from 'vitest';
import type { AnalysisStep } from '@/lib/analysis/account-snapshot';
import { requestAnalysis, serveAnalysis, type MessagePort } from '@/lib/messaging/analysis-port';
import type { AnalysisOutcome } from '@/lib/github/outcome';

/** Two connected in-memory port ends, like runtime.connect gives page and background. */
function portPair(): [MessagePort, MessagePort] {
  const make = () => ({
    messageListeners: [] as ((message: unknown) => void)[],
    disconnectListeners: [] as (() => void)[],
  });
  const a = make();
  const b = make();
  const end = (self: typeof a, other: typeof a): MessagePort => ({
    postMessage: (message) => queueMicrotask(() => other.messageListeners.forEach((listener) => listener(structuredClone(message)))),
    disconnect: () => other.disconnectListeners.forEach((listener) => listener()),
    onMessage: { addListener: (listener) => self.messageListeners.push(listener) },
    onDisconnect: { addListener: (listener) => self.disconnectListeners.push(listener) },
  });
  return [end(a, b), end(b, a)];
}

const failure: AnalysisOutcome = { status: 'error', error: { kind: 'not-found' } };

describe('the analysis port', () => {
  it('streams progress, then the outcome, and validates the request', async () => {
    const [page, background] = portPair();
    const analyze = vi.fn(async (_request: unknown, onProgress: (step: AnalysisStep) => void) => {
      onProgress({ step: 'account' });
      onProgress({ step: 'trees', repos: 2 });
      return failure;
    });
    serveAnalysis(background, analyze);
    const steps: AnalysisStep[] = [];
    const outcome = await requestAnalysis(() => page, { login: 'ada' }, (step) => steps.push(step));
    expect(outcome).toEqual(failure);
    expect(steps).toEqual([{ step: 'account' }, { step: 'trees', repos: 2 }]);
    expect(analyze).toHaveBeenCalledWith({ login: 'ada', refresh: false }, expect.any(Function));
  });

  it('refuses an invalid login before anything is sent', () => {
    expect(() => requestAnalysis(() => portPair()[0], { login: 'a/b' }, () => {})).toThrow('not a GitHub login');
  });

  it('hangs up on a malformed request without analyzing', async () => {
    const [page, background] = portPair();
    const analyze = vi.fn();
    serveAnalysis(background, analyze);
    const hungUp = new Promise<void>((done) => page.onDisconnect.addListener(done));
    page.postMessage({ login: 'x', refresh: 'yes please' });
    await hungUp;
    expect(analyze).not.toHaveBeenCalled();
  });

  it('rejects with a clear message when the background goes away mid-analysis', async () => {
    const [page, background] = portPair();
    serveAnalysis(background, () => new Promise(() => background.disconnect()));
    await expect(requestAnalysis(() => page, { login: 'ada' }, () => {})).rejects.toThrow(/background stopped/);
  });
});
