import { afterEach, describe, expect, it } from 'vitest';
import { atsConnection, githubToken, loadAtsConnection } from '@/lib/settings/settings';
import { CandidateStore } from '@/lib/store/candidates';
import { PyvetDatabase } from '@/lib/store/db';
import { backupOfEverything, wipeEverything } from '@/lib/store/everything';
import { ScorecardStore } from '@/lib/store/scorecards';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const TOKEN = `github_pat_${'Q7'.repeat(30)}`;
const ATS_KEY = 'ashby-secret-key-0042';
let db: PyvetDatabase;
afterEach(async () => {
  await db.delete();
});

describe('export and wipe of everything', () => {
  it('exports candidates (with their ATS links) but never the GitHub token or the ATS key, and the wipe deletes both', async () => {
    db = new PyvetDatabase('pyvet-everything');
    const candidates = new CandidateStore(db);
    const { candidate } = await candidates.save(
      { githubLogin: 'ada', displayName: 'Ada Lovelace', profileUrl: 'https://github.com/ada', stage: 'close', note: '', shortlist: 'Backend' },
      NOW,
    );
    await candidates.recordAtsLink(candidate.id, 'ashby', { id: 'ash-1', url: 'https://app.ashbyhq.com/candidates/ash-1', sentAt: NOW }, NOW);
    await githubToken.setValue(TOKEN);
    await atsConnection.setValue({ vendor: 'ashby', apiKey: ATS_KEY, performAs: null, account: 'Acme', checkedAt: NOW });

    const backup = await backupOfEverything(db, new ScorecardStore(db), NOW);
    expect(backup.json).toContain('https://app.ashbyhq.com/candidates/ash-1');
    expect(backup.json).not.toContain(TOKEN);
    expect(backup.json).not.toContain(ATS_KEY);

    await wipeEverything(db);
    expect(await githubToken.getValue()).toBeNull();
    expect(await loadAtsConnection()).toBeNull();
    expect(await db.candidates.count()).toBe(0);
  });
});
