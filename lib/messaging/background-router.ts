import type { z } from 'zod';
import {
  EnvelopeSchema,
  messageProtocol,
  ProtocolFailureSchema,
  type MessageType,
  type RequestOf,
  type ResponseOf,
} from './protocol';

export type MessageHandlers = {
  [T in MessageType]: (request: RequestOf<T>) => Promise<ResponseOf<T>>;
};

type ProtocolFailure = z.infer<typeof ProtocolFailureSchema>;

/**
 * Validates an incoming message and runs its handler. Returns the reply to
 * send (a protocol failure for a malformed message), never throws.
 */
export function createMessageRouter(handlers: MessageHandlers) {
  return async function route(message: unknown): Promise<unknown> {
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success) return failure('unknown message');
    const type = envelope.data.type;
    const request = messageProtocol[type].request.safeParse(envelope.data.payload);
    if (!request.success) return failure(`invalid ${type} request: ${request.error.issues[0]?.message ?? ''}`);
    try {
      const handler = handlers[type] as (request: unknown) => Promise<unknown>;
      return messageProtocol[type].response.parse(await handler(request.data));
    } catch (error) {
      return failure(`${type} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

function failure(protocolError: string): ProtocolFailure {
  return { protocolError };
}
