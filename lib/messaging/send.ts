import { browser } from 'wxt/browser';
import { messageProtocol, ProtocolFailureSchema, type MessageType, type RequestOf, type ResponseOf } from './protocol';

export class MessagingFailed extends Error {
  override name = 'MessagingFailed';
}

/** Sends a typed message to the background and parses its reply. */
export async function sendToBackground<T extends MessageType>(type: T, request: RequestOf<T>): Promise<ResponseOf<T>> {
  const payload = messageProtocol[type].request.parse(request);
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ type, payload });
  } catch (error) {
    // Happens after the extension is reloaded or updated while the page stays open.
    throw new MessagingFailed(`pyvet's background did not answer (${error instanceof Error ? error.message : error})`);
  }
  const failure = ProtocolFailureSchema.safeParse(reply);
  if (failure.success) throw new MessagingFailed(failure.data.protocolError);
  const response = messageProtocol[type].response.safeParse(reply);
  if (!response.success) throw new MessagingFailed(`unexpected reply to ${type}`);
  return response.data as ResponseOf<T>;
}
