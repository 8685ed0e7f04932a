import { backupJson } from '../shortlists/export/backup';
import { activeRoleId, ALL_SETTINGS, announceRoleChange, freshnessHours, loadThresholds } from '../settings/settings';
import type { PyvetDatabase } from './db';
import type { ScorecardStore } from './scorecards';

/** Everything but the token and the cache, as one JSON file (options page, "Export everything"). */
export async function backupOfEverything(db: PyvetDatabase, scorecards: ScorecardStore, now: number): Promise<{ json: string; candidates: number }> {
  const [candidates, shortlists, roles] = await Promise.all([db.candidates.toArray(), db.shortlists.toArray(), scorecards.list(now)]);
  const settings = {
    activeRoleId: await activeRoleId.getValue(),
    thresholds: await loadThresholds(),
    freshnessHours: await freshnessHours.getValue(),
  };
  return { json: backupJson({ candidates, shortlists, scorecards: roles, settings }, now), candidates: candidates.length };
}

/** Deletes everything pyvet keeps, every setting and the token included; open sidebars are told roles changed. */
export async function wipeEverything(db: PyvetDatabase): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  await Promise.all(ALL_SETTINGS.map((item) => item.removeValue()));
  await announceRoleChange();
}
