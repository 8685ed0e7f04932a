import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createMessageRouter, type MessageHandlers } from '@/lib/messaging/background-router';
import { MessagingFailed, sendToBackground } from '@/lib/messaging/send';

const okOutcome = {
  status: 'ok' as const,
  firstLook: {
    login: 'ada',
    name: 'Ada',
    avatarUrl: 'https://avatars.githubusercontent.com/u/1',
    profileUrl: 'https://github.com/ada',
    isOrganization: false,
    publicRepos: 1,
    reposExamined: 1,
    pythonRepos: 1,
    pythonForks: 0,
    lastPythonPush: null,
    fetchedAt: 1,
    apiRequests: 2,
  },
};

function handlers(overrides: Partial<MessageHandlers> = {}): MessageHandlers {
  return {
    'analyze-github-account': async () => okOutcome,
    'get-cache-stats': async () => ({ entries: 3 }),
    'clear-cache': async () => ({ removed: 3 }),
    ...overrides,
  };
}

describe('the background message router', () => {
  it('runs the handler for a valid message and returns its validated reply', async () => {
    const analyze = vi.fn(async () => okOutcome);
    const route = createMessageRouter(handlers({ 'analyze-github-account': analyze }));
    expect(await route({ type: 'analyze-github-account', payload: { login: 'ada' } })).toEqual(okOutcome);
    expect(analyze).toHaveBeenCalledWith({ login: 'ada' });
  });

  it('refuses unknown types and invalid payloads without calling a handler', async () => {
    const analyze = vi.fn(async () => okOutcome);
    const route = createMessageRouter(handlers({ 'analyze-github-account': analyze }));
    expect(await route({ type: 'steal-token' })).toEqual({ protocolError: 'unknown message' });
    expect(await route('analyze-github-account')).toEqual({ protocolError: 'unknown message' });
    expect(await route({ type: 'analyze-github-account', payload: { login: '../../user' } })).toEqual({
      protocolError: 'invalid analyze-github-account request: not a GitHub login',
    });
    expect(analyze).not.toHaveBeenCalled();
  });

  it('turns a throwing handler or a reply off the protocol into a protocol error', async () => {
    const route = createMessageRouter(
      handlers({
        'get-cache-stats': async () => {
          throw new Error('IndexedDB is closed');
        },
        'clear-cache': async () => ({ removed: 'all' }) as unknown as { removed: number },
      }),
    );
    expect(await route({ type: 'get-cache-stats', payload: {} })).toEqual({
      protocolError: 'get-cache-stats failed: IndexedDB is closed',
    });
    expect(await route({ type: 'clear-cache', payload: {} })).toMatchObject({
      protocolError: expect.stringMatching(/^clear-cache failed/),
    });
  });
});

describe('sendToBackground', () => {
  it('sends the typed envelope and returns the parsed reply', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ entries: 7 } as never);
    expect(await sendToBackground('get-cache-stats', {})).toEqual({ entries: 7 });
    expect(send).toHaveBeenCalledWith({ type: 'get-cache-stats', payload: {} });
  });

  it('refuses to send an invalid request', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    await expect(sendToBackground('analyze-github-account', { login: '<script>' })).rejects.toThrow();
    expect(send).not.toHaveBeenCalled();
  });

  it('raises MessagingFailed for protocol errors, malformed replies and a missing background', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValueOnce({ protocolError: 'unknown message' } as never);
    await expect(sendToBackground('get-cache-stats', {})).rejects.toThrow(new MessagingFailed('unknown message'));

    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValueOnce({ entries: 'many' } as never);
    await expect(sendToBackground('get-cache-stats', {})).rejects.toThrow('unexpected reply to get-cache-stats');

    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Extension context invalidated.'));
    await expect(sendToBackground('get-cache-stats', {})).rejects.toThrow(/background did not answer/);
  });
});
