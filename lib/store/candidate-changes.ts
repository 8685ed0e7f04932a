import Dexie, { RangeSet, type IntervalTree } from 'dexie';

/** What changed in saved candidates and shortlists, from any pyvet view. */
export interface CandidateChanges {
  /** The candidates written or deleted; 'all' when too many to list (a clear, an import). */
  candidateIds: string[] | 'all';
  shortlists: boolean;
}

/**
 * Calls back after every committed write to candidates or shortlists in the
 * database of that name, from this view or another (Dexie passes them between
 * extension pages and the background); returns an unsubscribe. Kept apart
 * from CandidateStore so the views that only save (sidebar, popup) do not
 * bundle Dexie's change machinery.
 */
export function onCandidateChanges(databaseName: string, listener: (changes: CandidateChanges) => void): () => void {
  const summariesPart = `idb://${databaseName}/candidateSummaries/`;
  const shortlistsPart = `idb://${databaseName}/shortlists/`;
  const onMutated = (parts: Record<string, IntervalTree>) => {
    // 'all': Dexie's word for "anything may have changed" (a page back from the back-forward cache).
    if (parts.all !== undefined) return listener({ candidateIds: 'all', shortlists: true });
    const changed = parts[summariesPart];
    const shortlists = parts[shortlistsPart] !== undefined && parts[shortlistsPart].d > 0;
    const candidateIds = changed === undefined ? [] : keysOf(changed);
    if (shortlists || candidateIds === 'all' || candidateIds.length > 0) listener({ candidateIds, shortlists });
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}

/** The single keys in a set of changed key ranges; 'all' when it holds a range (a clear, or a bulk write Dexie did not itemize). */
function keysOf(changed: IntervalTree): string[] | 'all' {
  const keys: string[] = [];
  // Parts sent from another view arrive as plain trees: RangeSet gives them back their iterator.
  for (const range of RangeSet(changed)) {
    if (typeof range.from !== 'string' || range.from !== range.to) return 'all';
    keys.push(range.from);
  }
  return keys;
}
