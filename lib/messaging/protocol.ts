import { z } from 'zod';
import { FirstLookSchema } from '../analysis/first-look';
import { GitHubErrorSchema } from '../github/errors';
import { GitHubLoginSchema } from '../github/login';

/**
 * Every message the content script, popup and extension pages send to the
 * background, with zod schemas for both directions. Both sides parse: the
 * sender its reply, the background the request.
 */
export const AnalysisOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), firstLook: FirstLookSchema }),
  z.object({ status: z.literal('error'), error: GitHubErrorSchema }),
]);
export type AnalysisOutcome = z.infer<typeof AnalysisOutcomeSchema>;

export const messageProtocol = {
  /** A first look at a GitHub account (user + repositories). */
  'analyze-github-account': {
    request: z.object({ login: GitHubLoginSchema }),
    response: AnalysisOutcomeSchema,
  },
  /** How many GitHub responses are cached, for the options page. */
  'get-cache-stats': {
    request: z.object({}),
    response: z.object({ entries: z.number() }),
  },
  /** Forget every cached GitHub response. */
  'clear-cache': {
    request: z.object({}),
    response: z.object({ removed: z.number() }),
  },
} as const;

export type MessageType = keyof typeof messageProtocol;
export type RequestOf<T extends MessageType> = z.infer<(typeof messageProtocol)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof messageProtocol)[T]['response']>;

/** The envelope on the wire. */
export const EnvelopeSchema = z.object({
  type: z.enum(Object.keys(messageProtocol) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});

/** What the background answers when a message breaks the protocol. */
export const ProtocolFailureSchema = z.object({ protocolError: z.string() });
