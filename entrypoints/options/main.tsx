import { useEffect, useMemo, useState } from 'react';
import { OptionsPage } from '@/components/options/OptionsPage';
import '@/components/common/ExtensionPage.css';
import { downloadFile } from '@/lib/ui/download';
import { renderExtensionPage } from '@/lib/ui/extension-page';
import { sendToBackground } from '@/lib/messaging/send';
import type { RoleScorecard, Thresholds } from '@/lib/judgement/scorecard';
import { activeRoleId, announceRoleChange, freshnessHours, githubToken, loadThresholds, thresholds } from '@/lib/settings/settings';
import { ATS_API_ORIGINS } from '@/lib/sites/sites';
import { atsSending } from '@/lib/ui/ats-sending';
import { backupOfEverything, wipeEverything } from '@/lib/store/everything';
import { PyvetDatabase } from '@/lib/store/db';
import { announceCandidateWrites } from '@/lib/store/revisions';
import { ScorecardStore } from '@/lib/store/scorecards';

const db = new PyvetDatabase();
// "Wipe everything" clears the candidates: open sidebars follow.
announceCandidateWrites(db);
const store = new ScorecardStore(db);

async function exportEverything() {
  const backup = await backupOfEverything(db, store, Date.now());
  downloadFile('pyvet-backup.json', 'application/json', backup.json);
  return { candidates: backup.candidates };
}

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
      data={{ exportEverything, wipeEverything: () => wipeEverything(db) }}
      token={{
        hasToken: async () => Boolean(await githubToken.getValue()),
        checkToken: (token) => sendToBackground('check-github-token', { token }),
        saveToken: (token) => githubToken.setValue(token),
        currentRateLimit: () => sendToBackground('get-rate-limit', {}),
      }}
      ats={{
        connection: atsSending.connection,
        requestHost: (vendor) => browser.permissions.request({ origins: [ATS_API_ORIGINS[vendor]] }),
        connect: (request) => sendToBackground('connect-ats', request),
        disconnect: async (vendor) => {
          await sendToBackground('disconnect-ats', {});
          // Least privilege: without a key pyvet has no reason to reach the vendor's API. (The e2e build
          // grants the host at install, and a required permission cannot be removed: nothing to give back.)
          await browser.permissions.remove({ origins: [ATS_API_ORIGINS[vendor]] }).catch(() => false);
        },
      }}
      freshness={{ getHours: () => freshnessHours.getValue(), setHours: (hours) => freshnessHours.setValue(hours) }}
      getCacheStats={() => sendToBackground('get-cache-stats', {})}
      clearCache={() => sendToBackground('clear-cache', {})}
      getGrantedHosts={async () => (await browser.permissions.getAll()).origins ?? []}
    />
  );
}

renderExtensionPage(<Options />);
