import type { ShortlistsData } from '@/components/ShortlistsPage';
import { scorecardFromTemplate } from '@/lib/scorecard/templates';
import { CandidateStore } from '@/lib/store/candidates';
import { watchPipeline } from '@/lib/store/watch-pipeline';
import { PyvetDatabase } from '@/lib/store/db';

let databases = 0;

/** The shortlists page's data over the real store and a Dexie live query, on a fresh fake-indexeddb database. */
export function storeShortlistsData(now: number): { data: ShortlistsData; store: CandidateStore; db: PyvetDatabase } {
  const db = new PyvetDatabase(`pyvet-shortlists-${++databases}`);
  let ids = 0;
  const store = new CandidateStore(db, () => `id-${++ids}`);
  const data: ShortlistsData = {
    watch: (onData, onError) => watchPipeline(store, onData, onError),
    setStage: (ids, stage) => store.setStage(ids, stage, now),
    remove: (ids) => store.delete(ids, now),
    restore: (deleted) => store.restore(deleted),
    merge: (targetId, sourceId) => store.merge(targetId, sourceId, now),
    unmerge: (targetId, mergedId) => store.unmerge(targetId, mergedId, now),
    applyImport: (plan) => store.applyImport(plan),
    activeRole: async () => scorecardFromTemplate('backend', now),
  };
  return { data, store, db };
}
