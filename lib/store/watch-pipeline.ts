import type { CandidateStore } from './candidates';
import { onCandidateChanges, type CandidateChanges } from './candidate-changes';
import type { Shortlist } from '../shortlists/records';
import type { CandidateSummary } from '../shortlists/summary';

/** Rows the shortlists page shows at once, before the rest are read. */
const FIRST_SCREEN_ROWS = 50;
/**
 * Summaries read at a time after the first screen. Reading 10 000 takes a few
 * hundred milliseconds however they are laid out (IndexedDB's cost is per
 * byte and per record), so the page lists and searches each page as it comes.
 */
const PAGE_ROWS = 2_000;

export interface PipelineSnapshot {
  summaries: CandidateSummary[];
  shortlists: Shortlist[];
  total: number;
  /** False until every summary is read: the first screen (the most recent), then a page at a time. */
  complete: boolean;
}

/**
 * Every saved candidate's summary, kept current: after a write (from this
 * page, a sidebar or the popup) only the summaries it touched are read again,
 * not all 10 000.
 */
export function watchPipeline(
  store: CandidateStore,
  onData: (snapshot: PipelineSnapshot) => void,
  onError: (error: unknown) => void,
  /**
   * Awaited after the first screen is handed over, before the next page is read: its records are
   * unpacked on the main thread when the read completes, which would hold back the first screen's render.
   */
  afterFirstScreen: () => Promise<void> = async () => {},
): () => void {
  let stopped = false;
  let summaries = new Map<string, CandidateSummary>();
  let shortlists: Shortlist[] = [];
  let total = 0;
  // Changes are applied one after another, after the first full read, so none is lost or applied out of order.
  let applying: Promise<void> = Promise.resolve();

  const emit = (complete: boolean) => {
    if (!stopped) onData({ summaries: [...summaries.values()], shortlists, total: complete ? summaries.size : total, complete });
  };
  /** Reads every summary; `progressive` shows each page as it comes (on opening, not after an import, say). */
  const readAll = async (progressive: boolean) => {
    const first = await store.firstScreen(FIRST_SCREEN_ROWS);
    const read = new Map(first.summaries.map((summary) => [summary.id, summary]));
    if (progressive) {
      summaries = read;
      ({ shortlists, total } = first);
      emit(false);
      await afterFirstScreen();
    }
    for (let after: string | null = null; !stopped; ) {
      const page = await store.summaryPage(after, PAGE_ROWS);
      for (const summary of page) read.set(summary.id, summary);
      if (page.length < PAGE_ROWS) break;
      after = page[page.length - 1]!.id;
      if (progressive) emit(false);
    }
    summaries = read;
    shortlists = first.shortlists;
  };
  const apply = async ({ candidateIds, shortlists: listsChanged }: CandidateChanges) => {
    if (candidateIds === 'all') return readAll(false);
    const [changed, lists] = await Promise.all([store.summaries(candidateIds), listsChanged ? store.shortlists() : shortlists]);
    // Asked for and not found: deleted. A changed one keeps its place, so ties in the table's order stay put.
    const found = new Set(changed.map((summary) => summary.id));
    for (const id of candidateIds) if (!found.has(id)) summaries.delete(id);
    for (const summary of changed) summaries.set(summary.id, summary);
    shortlists = lists;
  };
  const queue = (step: () => Promise<void>) => {
    applying = applying.then(step).then(() => emit(true), onError);
  };

  const unsubscribe = onCandidateChanges(store.databaseName, (changes) => queue(() => apply(changes)));
  queue(() => readAll(true));
  return () => {
    stopped = true;
    unsubscribe();
  };
}
