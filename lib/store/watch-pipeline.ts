import type { CandidateChanges, CandidateStore } from './candidates';
import type { Shortlist } from '../shortlists/records';
import type { CandidateSummary } from '../shortlists/summary';

/** Rows the shortlists page shows at once, before every summary is read. */
const FIRST_SCREEN_ROWS = 50;

export interface PipelineSnapshot {
  summaries: CandidateSummary[];
  shortlists: Shortlist[];
  total: number;
  /** False for the first screen: only the most recent candidates. */
  complete: boolean;
}

/**
 * Every saved candidate's summary, kept current: after a write (from this
 * page, a sidebar or the popup) only the summaries it touched are read again,
 * not all 10 000. The most recent ones come first, then the rest.
 */
export function watchPipeline(
  store: CandidateStore,
  onData: (snapshot: PipelineSnapshot) => void,
  onError: (error: unknown) => void,
): () => void {
  let stopped = false;
  let complete = false;
  const summaries = new Map<string, CandidateSummary>();
  let shortlists: Shortlist[] = [];
  // Changes are applied one after another, after the full read, so none is lost or applied out of order.
  let applying: Promise<void> = Promise.resolve();

  const emit = () => {
    if (!stopped) onData({ summaries: [...summaries.values()], shortlists, total: summaries.size, complete: true });
  };
  const readAll = async () => {
    const [all, lists] = await Promise.all([store.summaries(), store.shortlists()]);
    summaries.clear();
    for (const summary of all) summaries.set(summary.id, summary);
    shortlists = lists;
  };
  const apply = async ({ candidateIds, shortlists: listsChanged }: CandidateChanges) => {
    if (candidateIds === 'all') return readAll();
    const [changed, lists] = await Promise.all([store.summaries(candidateIds), listsChanged ? store.shortlists() : shortlists]);
    // Asked for and not found: deleted. A changed one keeps its place, so ties in the table's order stay put.
    const found = new Set(changed.map((summary) => summary.id));
    for (const id of candidateIds) if (!found.has(id)) summaries.delete(id);
    for (const summary of changed) summaries.set(summary.id, summary);
    shortlists = lists;
  };
  const queue = (step: () => Promise<void>) => {
    applying = applying.then(step).then(emit, onError);
  };

  const unsubscribe = store.onChange((changes) => queue(() => apply(changes)));
  store.firstScreen(FIRST_SCREEN_ROWS).then((first) => stopped || complete || onData({ ...first, complete: false }), onError);
  queue(async () => {
    await readAll();
    complete = true;
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
