import { browser } from 'wxt/browser';

/** Listed in protocol.ts with its empty schemas; named here so content scripts need not load them. */
export const WAKE_MESSAGE_TYPE = 'wake-background';

/**
 * For a content script that found a profile. Chrome stops an idle service
 * worker after 30 s, and starting it again takes about as long as the
 * sidebar's UI takes to load (a few hundred ms on a slow machine): waking it
 * now runs the two side by side, so the UI's request for the analysis finds it
 * running. Sent as is rather than through sendToBackground, which would bring
 * every message schema into the content script.
 */
export function wakeBackground(): void {
  browser.runtime.sendMessage({ type: WAKE_MESSAGE_TYPE, payload: {} }).catch(() => undefined);
}
