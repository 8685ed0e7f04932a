import { liveQuery } from 'dexie';
import type { CandidateStore } from './candidates';
import type { Candidate, Shortlist } from '../shortlists/records';

/** Rows the shortlists page shows at once, before every candidate is read. */
const FIRST_SCREEN_ROWS = 50;

export interface PipelineSnapshot {
  candidates: Candidate[];
  shortlists: Shortlist[];
  total: number;
  /** False for the first screen: only the most recent candidates. */
  complete: boolean;
}

/**
 * Everything saved, kept current by a Dexie live query (it re-reads after any
 * write, from this page, a sidebar or the popup). Reading 10 000 candidates
 * takes a few hundred milliseconds, so the most recent ones come first.
 */
export function watchPipeline(
  store: CandidateStore,
  onData: (snapshot: PipelineSnapshot) => void,
  onError: (error: unknown) => void,
): () => void {
  let complete = false;
  store.firstScreen(FIRST_SCREEN_ROWS).then((first) => complete || onData({ ...first, complete: false }), onError);
  const subscription = liveQuery(() => store.everything()).subscribe({
    next: (all) => {
      complete = true;
      onData({ ...all, total: all.candidates.length, complete: true });
    },
    error: onError,
  });
  return () => subscription.unsubscribe();
}
