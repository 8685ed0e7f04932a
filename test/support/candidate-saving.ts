import Dexie from 'dexie';
import type { CandidateSaving } from '@/lib/ui/candidate-saving';
import { CandidateStore } from '@/lib/store/candidates';
import { PyvetDatabase } from '@/lib/store/db';

let databases = 0;

/** Saving over the real store, on a fresh fake-indexeddb database. */
export function storeSaving(now: number): { saving: CandidateSaving; db: PyvetDatabase } {
  const db = new PyvetDatabase(`pyvet-saving-${++databases}`);
  const store = new CandidateStore(db);
  return {
    db,
    saving: {
      load: async (githubLogin, profileUrl) => ({
        candidate: (await store.find(githubLogin, profileUrl)) ?? null,
        shortlists: (await db.shortlists.toArray()).map((shortlist) => shortlist.name),
      }),
      save: (request) => store.save(request, now),
      recordOutcome: async ({ githubLogin, profileUrl, ...outcome }) => {
        const candidate = await store.recordStageOutcomeFor(githubLogin, profileUrl, outcome, now);
        return candidate ? { status: 'ok', candidate } : { status: 'error', message: 'Save the candidate first.' };
      },
      watch: (onChange) => {
        const listener = () => onChange();
        Dexie.on('storagemutated', listener);
        return () => Dexie.on.storagemutated.unsubscribe(listener);
      },
    },
  };
}
