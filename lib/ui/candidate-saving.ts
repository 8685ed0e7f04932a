import { sendToBackground } from '../messaging/send';
import { candidatesRevision } from '../settings/settings';
import type { ResponseOf } from '../messaging/protocol';
import type { Candidate, RecordStageOutcome, SaveCandidate } from '../shortlists/records';

/** What the "Save" form needs: the saved record and shortlists, and a way to save. */
export interface CandidateSaving {
  load: (githubLogin: string | null, profileUrl: string) => Promise<{ candidate: Candidate | null; shortlists: string[] }>;
  save: (request: SaveCandidate) => Promise<{ candidate: Candidate; shortlist: { name: string } }>;
  /** Records a stage's outcome for the saved person on this profile (advance moves them on). */
  recordOutcome: (request: RecordStageOutcome) => Promise<ResponseOf<'record-stage-outcome'>>;
  /** Calls back when saved candidates change anywhere (another tab, the shortlists page); returns an unsubscribe. */
  watch: (onChange: () => void) => () => void;
}

/** Saving for content scripts: the background owns the database. */
export const candidateSaving: CandidateSaving = {
  load: (githubLogin, profileUrl) => sendToBackground('get-saved-candidate', { githubLogin, profileUrl }),
  save: (request) => sendToBackground('save-candidate', request),
  recordOutcome: (request) => sendToBackground('record-stage-outcome', request),
  watch: (onChange) => candidatesRevision.watch(() => onChange()),
};
