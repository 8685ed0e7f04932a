import { shortlistsDataFromStore, type ShortlistsData } from '@/lib/ui/shortlists-data';
import { scorecardFromTemplate } from '@/lib/judgement/templates';
import { CandidateStore } from '@/lib/store/candidates';
import { PyvetDatabase } from '@/lib/store/db';

let databases = 0;

/** The shortlists page's data over the real store and live query, on a fresh fake-indexeddb database. */
export function storeShortlistsData(now: number): { data: ShortlistsData; store: CandidateStore; db: PyvetDatabase } {
  const db = new PyvetDatabase(`pyvet-shortlists-${++databases}`);
  let ids = 0;
  const store = new CandidateStore(db, () => `id-${++ids}`);
  const data = shortlistsDataFromStore(store, { now: () => now, activeRole: async () => scorecardFromTemplate('backend', now) });
  return { data, store, db };
}
