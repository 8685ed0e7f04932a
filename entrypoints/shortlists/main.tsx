import { ShortlistsPage } from '@/components/shortlists/ShortlistsPage';
import '@/components/common/ExtensionPage.css';
import { downloadFile } from '@/lib/ui/download';
import { atsSending } from '@/lib/ui/ats-sending';
import { renderExtensionPage } from '@/lib/ui/extension-page';
import { takeOverPageFrame } from '@/lib/ui/page-frame';
import { shortlistsDataFromStore } from '@/lib/ui/shortlists-data';
import { CandidateStore } from '@/lib/store/candidates';
import { PyvetDatabase } from '@/lib/store/db';
import { announceCandidateWrites } from '@/lib/store/revisions';
import { ScorecardStore } from '@/lib/store/scorecards';

// The page writes Dexie directly (same extension origin as the background).
const db = new PyvetDatabase();
announceCandidateWrites(db);
const scorecards = new ScorecardStore(db);

const data = shortlistsDataFromStore(new CandidateStore(db), {
  now: Date.now,
  activeRole: () => scorecards.active(),
  // A backup's own roles come along; roles already here are kept as they are.
  importRoles: async (roles) => {
    const known = new Set((await scorecards.list()).map((role) => role.id));
    for (const role of roles.filter((scorecard) => !known.has(scorecard.id))) await scorecards.save(role);
  },
});

const takeOverFrame = () => takeOverPageFrame(document);

renderExtensionPage(<ShortlistsPage data={data} download={downloadFile} ats={atsSending} takeOverFrame={takeOverFrame} />);
