import { ATS_VENDOR_NAMES, type AtsVendor } from '../shortlists/records';

/** What can go wrong talking to an applicant tracking system, as values the UI and CLI can word. */
export type AtsError =
  | { kind: 'unauthorized'; vendor: AtsVendor }
  | { kind: 'forbidden'; vendor: AtsVendor; detail: string | null }
  | { kind: 'rate-limited'; vendor: AtsVendor; retryAfterMs: number | null }
  | { kind: 'network'; vendor: AtsVendor; detail: string }
  | { kind: 'rejected'; vendor: AtsVendor; status: number; reason: string; code: string | null }
  | { kind: 'bad-answer'; vendor: AtsVendor; detail: string };

/** Thrown inside the ATS clients; carries an AtsError across await boundaries. */
export class AtsRequestFailed extends Error {
  constructor(readonly error: AtsError) {
    super(`ATS request failed: ${error.kind}`);
    this.name = 'AtsRequestFailed';
  }
}

/** The network failure's detail when the caller aborted the send. */
export const CANCELLED = 'cancelled';

/** The permission each vendor needs for a send, in the words of its admin screens. */
const PERMISSION_HINTS: Record<AtsVendor, string> = {
  ashby: 'give the key the Candidates read and write permissions (Ashby → Admin → API Keys)',
  lever: 'check the key’s scopes allow reading and writing opportunities, notes and users, and that the perform_as user may act on candidates',
};

/** A failure that makes every later request fail the same way: the send stops instead of hammering. */
export function stopsTheRun(error: AtsError): boolean {
  return error.kind === 'unauthorized' || error.kind === 'forbidden' || error.kind === 'network' || error.kind === 'rate-limited';
}

/** One user-facing sentence: what happened and what to do about it. */
export function describeAtsError(error: AtsError): string {
  const vendor = ATS_VENDOR_NAMES[error.vendor];
  switch (error.kind) {
    case 'unauthorized':
      return `The ${vendor} API key was refused: check it was copied whole and has not been revoked.`;
    case 'forbidden':
      return `The ${vendor} API key may not do this${error.detail ? ` (${error.detail})` : ''}: ${PERMISSION_HINTS[error.vendor]}.`;
    case 'rate-limited':
      return error.retryAfterMs === null
        ? `${vendor} is turning requests away (rate limit); try again in a minute.`
        : `${vendor} is turning requests away (rate limit); try again in ${Math.max(1, Math.ceil(error.retryAfterMs / 1000))} s.`;
    case 'network':
      return error.detail === CANCELLED
        ? `The send to ${vendor} was cancelled; send again to finish: people already sent are linked, not duplicated.`
        : `Could not reach ${vendor} (${error.detail}); check the connection, then send again: people already sent are linked, not duplicated.`;
    case 'rejected':
      // Ashby refuses with HTTP 200 and success: false; a status is only worth naming when it is an error status.
      return `${vendor} refused the request${error.status >= 300 ? ` (HTTP ${error.status})` : ''}: ${error.reason}`;
    case 'bad-answer':
      return `${vendor} answered with something pyvet could not read (${error.detail}).`;
  }
}
