import type { ImportPlan } from '../shortlists/import/plan';
import type { RoleScorecard } from '../judgement/scorecard';
import type { CandidateStore, DeletedCandidates, UnreadableRecord } from '../store/candidates';
import type { Candidate, Shortlist, Stage } from '../shortlists/records';
import { watchPipeline, type PipelineSnapshot } from '../store/watch-pipeline';
import { afterNextPaint } from './after-next-paint';

/** What the shortlists page reads and writes. */
export interface ShortlistsData {
  /** Calls back with everything now and after every write from any pyvet view; returns an unsubscribe. */
  watch: (onData: (data: PipelineSnapshot) => void, onError: (error: unknown) => void) => () => void;
  /** Full records (the page lists summaries), checked now; those that fail the schema say why. */
  read: (ids: string[]) => Promise<{ candidates: Candidate[]; unreadable: UnreadableRecord[] }>;
  /** Every full record and shortlist, for planning an import. */
  everything: () => Promise<{ candidates: Candidate[]; shortlists: Shortlist[] }>;
  setStage: (ids: string[], stage: Stage) => Promise<number>;
  remove: (ids: string[]) => Promise<DeletedCandidates>;
  restore: (deleted: DeletedCandidates) => Promise<void>;
  merge: (targetId: string, sourceId: string) => Promise<Candidate>;
  unmerge: (targetId: string, mergedId: string) => Promise<unknown>;
  applyImport: (plan: ImportPlan) => Promise<void>;
  addToShortlist: (ids: string[], name: string) => Promise<Shortlist>;
  removeFromShortlist: (shortlistId: string, ids: string[]) => Promise<number>;
  renameShortlist: (shortlistId: string, name: string) => Promise<Shortlist>;
  deleteShortlist: (shortlistId: string) => Promise<Shortlist>;
  restoreShortlist: (shortlist: Shortlist) => Promise<void>;
  /** The role candidates are compared on. */
  activeRole: () => Promise<RoleScorecard>;
}

/**
 * The page's data over the candidate store: every write is one store
 * transaction, and the watch shows it (and writes from other views).
 */
export function shortlistsDataFromStore(
  store: CandidateStore,
  options: {
    now: () => number;
    activeRole: () => Promise<RoleScorecard>;
    /** Roles a backup brings along, saved after its candidates. */
    importRoles?: (scorecards: RoleScorecard[]) => Promise<void>;
  },
): ShortlistsData {
  const { now } = options;
  return {
    watch: (onData, onError) => watchPipeline(store, onData, onError, afterNextPaint),
    read: (ids) => store.read(ids),
    everything: () => store.everything(),
    setStage: (ids, stage) => store.setStage(ids, stage, now()),
    remove: (ids) => store.delete(ids, now()),
    restore: (deleted) => store.restore(deleted),
    merge: (targetId, sourceId) => store.merge(targetId, sourceId, now()),
    unmerge: (targetId, mergedId) => store.unmerge(targetId, mergedId, now()),
    applyImport: async (plan) => {
      await store.applyImport(plan);
      await options.importRoles?.(plan.scorecards);
    },
    addToShortlist: (ids, name) => store.addToShortlist(ids, name, now()),
    removeFromShortlist: (shortlistId, ids) => store.removeFromShortlist(shortlistId, ids, now()),
    renameShortlist: (shortlistId, name) => store.renameShortlist(shortlistId, name, now()),
    deleteShortlist: (shortlistId) => store.deleteShortlist(shortlistId),
    restoreShortlist: (shortlist) => store.restoreShortlist(shortlist),
    activeRole: options.activeRole,
  };
}
