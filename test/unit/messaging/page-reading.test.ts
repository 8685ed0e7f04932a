import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerPageCandidate, askTabForCandidate, githubCandidate } from '@/lib/messaging/page-reading';

describe('the popup asking a tab who is on its page', () => {
  it('answers the popup’s question with the candidate of the current visit, and nothing else', () => {
    const candidate = githubCandidate('ada');
    let added: ((message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => unknown) | undefined;
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((listener) => void (added = listener as never));
    const remove = answerPageCandidate(() => candidate);
    const sendResponse = vi.fn();
    added?.({ type: 'pyvet-page-reading' }, {}, sendResponse);
    expect(sendResponse).toHaveBeenCalledWith(candidate);
    sendResponse.mockClear();
    expect(added?.({ type: 'evaluate-candidate', payload: {} }, {}, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
    remove();
  });

  it('accepts only a valid candidate from the tab, and null when the tab has none or cannot answer', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    send.mockResolvedValueOnce(githubCandidate('ada'));
    expect(await askTabForCandidate(3)).toEqual(githubCandidate('ada'));
    send.mockResolvedValueOnce({ reading: 'tampered', githubLogin: 1, profileUrl: 'https://github.com/ada' });
    expect(await askTabForCandidate(3)).toBeNull();
    send.mockResolvedValueOnce({ ...githubCandidate('ada'), profileUrl: 'javascript:alert(1)' });
    expect(await askTabForCandidate(3)).toBeNull();
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await askTabForCandidate(3)).toBeNull();
    expect(send).toHaveBeenCalledWith(3, { type: 'pyvet-page-reading' });
  });
});
