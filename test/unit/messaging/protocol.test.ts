import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createMessageRouter, type MessageHandlers } from '@/lib/messaging/background-router';
import { MessagingFailed, sendToBackground } from '@/lib/messaging/send';

const tokenOk = { status: 'ok' as const, rateLimit: { limit: 5000, remaining: 4999, resetAt: 1 } };

function handlers(overrides: Partial<MessageHandlers> = {}): MessageHandlers {
  return {
    'wake-background': async () => ({}),
    'check-github-token': async () => tokenOk,
    'get-rate-limit': async () => ({ ...tokenOk, withToken: false }),
    'list-roles': async () => ({ roles: [{ id: 'template-backend', name: 'Product backend' }], activeId: 'template-backend' }),
    'evaluate-candidate': async () => {
      throw new Error('not used here');
    },
    'save-candidate': async () => {
      throw new Error('not used here');
    },
    'get-saved-candidate': async () => ({ candidate: null, shortlists: [] }),
    'record-stage-outcome': async () => ({ status: 'error', message: 'not used here' }),
    'list-recent-candidates': async () => ({ candidates: [] }),
    'get-cache-stats': async () => ({ entries: 3 }),
    'clear-cache': async () => ({ removed: 3 }),
    'get-ats-connection': async () => ({ connection: null }),
    'connect-ats': async () => ({ status: 'error', message: 'not used here' }),
    'disconnect-ats': async () => ({}),
    'preview-ats-send': async () => ({ status: 'error', message: 'not used here' }),
    'send-to-ats': async () => ({ status: 'error', message: 'not used here' }),
    ...overrides,
  };
}

describe('the background message router', () => {
  it('runs the handler for a valid message and returns its validated reply', async () => {
    const check = vi.fn(async () => tokenOk);
    const route = createMessageRouter(handlers({ 'check-github-token': check }));
    expect(await route({ type: 'check-github-token', payload: { token: 'ghp_x' } })).toEqual(tokenOk);
    expect(check).toHaveBeenCalledWith({ token: 'ghp_x' });
  });

  it('refuses unknown types and invalid payloads without calling a handler', async () => {
    const check = vi.fn(async () => tokenOk);
    const route = createMessageRouter(handlers({ 'check-github-token': check }));
    expect(await route({ type: 'steal-token' })).toEqual({ protocolError: 'unknown message' });
    expect(await route('check-github-token')).toEqual({ protocolError: 'unknown message' });
    expect(await route({ type: 'check-github-token', payload: { token: '' } })).toMatchObject({
      protocolError: expect.stringMatching(/^invalid check-github-token request/),
    });
    expect(check).not.toHaveBeenCalled();
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
    await expect(sendToBackground('check-github-token', { token: '' })).rejects.toThrow();
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
