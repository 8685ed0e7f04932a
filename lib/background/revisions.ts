import { candidatesRevision } from '../settings/settings';
import { touchesCandidates } from '../store/mutations';

/** Several writes in a row (an import, a bulk move) bump the revision once. */
const SETTLE_MS = 50;

/**
 * Sidebars and the popup cannot watch the extension's IndexedDB, but they can
 * watch its storage: any change to saved candidates or shortlists, made in the
 * background or on the shortlists page, bumps a revision they follow. Takes
 * Dexie's cross-context "storagemutated" notices; returns the listener.
 */
export function candidateRevisionBumper(now: () => number = Date.now): (parts: Record<string, unknown>) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (parts) => {
    if (!touchesCandidates(parts)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void candidatesRevision.setValue(now()), SETTLE_MS);
  };
}
