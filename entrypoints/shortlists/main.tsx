import { ShortlistsPage, type ShortlistsData } from '@/components/ShortlistsPage';
import '@/components/ExtensionPage.css';
import { downloadFile } from '@/lib/download';
import { renderExtensionPage } from '@/lib/extension-page';
import { activeRoleId } from '@/lib/settings';
import { CandidateStore } from '@/lib/store/candidates';
import { watchPipeline } from '@/lib/store/watch-pipeline';
import { PyvetDatabase } from '@/lib/store/db';
import { ScorecardStore } from '@/lib/store/scorecards';

const db = new PyvetDatabase();
const store = new CandidateStore(db);
const scorecards = new ScorecardStore(db);

// The page writes Dexie directly (same extension origin as the background);
// the live query re-reads after any write, from this page, a sidebar or the popup.
const data: ShortlistsData = {
  watch: (onData, onError) => watchPipeline(store, onData, onError),
  setStage: (ids, stage) => store.setStage(ids, stage, Date.now()),
  remove: (ids) => store.delete(ids, Date.now()),
  restore: (deleted) => store.restore(deleted),
  merge: (targetId, sourceId) => store.merge(targetId, sourceId, Date.now()),
  unmerge: (targetId, mergedId) => store.unmerge(targetId, mergedId, Date.now()),
  applyImport: async (plan) => {
    await store.applyImport(plan);
    // A backup's own roles come along; roles already here are kept as they are.
    const known = new Set((await scorecards.list()).map((role) => role.id));
    for (const role of plan.scorecards.filter((scorecard) => !known.has(scorecard.id))) await scorecards.save(role);
  },
  activeRole: async () => {
    const [roles, activeId] = await Promise.all([scorecards.list(), activeRoleId.getValue()]);
    const active = roles.find((role) => role.id === activeId) ?? roles[0];
    if (!active) throw new Error('There is no role to compare on; add one in Options.');
    return active;
  },
};

renderExtensionPage(<ShortlistsPage data={data} download={downloadFile} />);
