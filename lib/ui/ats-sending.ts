import type { AtsConnectionSummary, ResponseOf } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';

/** Sending saved candidates to the connected ATS; the background does it, since it alone holds the key. */
export interface AtsSending {
  connection: () => Promise<AtsConnectionSummary | null>;
  preview: (candidateIds: string[]) => Promise<ResponseOf<'preview-ats-send'>>;
  send: (candidateIds: string[]) => Promise<ResponseOf<'send-to-ats'>>;
}

/** For extension pages and the popup: every call is a message to the background. */
export const atsSending: AtsSending = {
  connection: async () => (await sendToBackground('get-ats-connection', {})).connection,
  preview: (candidateIds) => sendToBackground('preview-ats-send', { candidateIds }),
  send: (candidateIds) => sendToBackground('send-to-ats', { candidateIds }),
};
