import { useEffect, useMemo, useState } from 'react';
import { OptionsPage } from '@/components/options/OptionsPage';
import '@/components/common/ExtensionPage.css';
import { downloadFile } from '@/lib/ui/download';
import { backupJson } from '@/lib/shortlists/export/backup';
import { renderExtensionPage } from '@/lib/ui/extension-page';
import { sendToBackground } from '@/lib/messaging/send';
import { DEFAULT_THRESHOLDS, ThresholdsSchema, type RoleScorecard, type Thresholds } from '@/lib/judgement/scorecard';
import {
  activeRoleId,
  freshnessHours,
  githubToken,
  profileCorrections,
  rolesRevision,
  sidebarCollapsed,
  thresholds,
} from '@/lib/settings/settings';
import { PyvetDatabase } from '@/lib/store/db';
import { ScorecardStore } from '@/lib/store/scorecards';

const db = new PyvetDatabase();
const store = new ScorecardStore(db);

/** Everything but the token and the cache, as one JSON file. */
async function exportEverything() {
  const [candidates, shortlists, scorecards] = await Promise.all([
    db.candidates.toArray(),
    db.shortlists.toArray(),
    store.list(),
  ]);
  const settings = {
    activeRoleId: await activeRoleId.getValue(),
    thresholds: await loadThresholds(),
    freshnessHours: await freshnessHours.getValue(),
  };
  downloadFile('pyvet-backup.json', 'application/json', backupJson({ candidates, shortlists, scorecards, settings }, Date.now()));
  return { candidates: candidates.length };
}

/** Deletes everything pyvet keeps, the token included; open sidebars are told roles changed. */
async function wipeEverything() {
  await db.transaction('rw', [db.candidates, db.shortlists, db.scorecards, db.apiCache], () =>
    Promise.all([db.candidates.clear(), db.shortlists.clear(), db.scorecards.clear(), db.apiCache.clear()]),
  );
  await Promise.all(
    [githubToken, activeRoleId, thresholds, freshnessHours, sidebarCollapsed, profileCorrections].map((item) => item.removeValue()),
  );
  await announceRoleChange();
}

const loadThresholds = async (): Promise<Thresholds> => {
  const saved = ThresholdsSchema.safeParse(await thresholds.getValue());
  return saved.success ? saved.data : DEFAULT_THRESHOLDS;
};

/** Tells open sidebars that roles changed: they watch extension storage, not the extension's database. */
const announceRoleChange = async () => rolesRevision.setValue((await rolesRevision.getValue()) + 1);

function Options() {
  const [current, setCurrent] = useState<Thresholds | null>(null);
  useEffect(() => {
    void loadThresholds().then(setCurrent);
    return thresholds.watch(() => void loadThresholds().then(setCurrent));
  }, []);

  // Stable callbacks: the editor re-reads the roles whenever they change identity.
  const roles = useMemo(
    () =>
      current && {
        list: () => store.list(),
        save: async (scorecard: RoleScorecard) => {
          await store.save(scorecard);
          await announceRoleChange();
        },
        remove: async (id: string) => {
          const removed = await store.remove(id);
          await announceRoleChange();
          return removed;
        },
        getActiveId: () => activeRoleId.getValue(),
        setActiveId: (id: string) => activeRoleId.setValue(id),
        thresholds: current,
        newId: () => crypto.randomUUID(),
      },
    [current],
  );

  return (
    <OptionsPage
      roles={roles}
      thresholds={{ load: loadThresholds, save: (value) => thresholds.setValue(value) }}
      data={{ exportEverything, wipeEverything }}
      token={{
        hasToken: async () => Boolean(await githubToken.getValue()),
        checkToken: (token) => sendToBackground('check-github-token', { token }),
        saveToken: (token) => githubToken.setValue(token),
        currentRateLimit: () => sendToBackground('get-rate-limit', {}),
      }}
      freshness={{ getHours: () => freshnessHours.getValue(), setHours: (hours) => freshnessHours.setValue(hours) }}
      getCacheStats={() => sendToBackground('get-cache-stats', {})}
      clearCache={() => sendToBackground('clear-cache', {})}
      getGrantedHosts={async () => (await browser.permissions.getAll()).origins ?? []}
    />
  );
}

renderExtensionPage(<Options />);
