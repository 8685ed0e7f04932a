import type { CandidateView } from '@/lib/judgement/candidate-view';
import type { AtsSending } from '@/lib/ui/ats-sending';
import type { CandidateSaving } from '@/lib/ui/candidate-saving';
import { SaveCandidate } from './SaveCandidate';
import { SendToAts } from './SendToAts';
import { StageKitPanel } from './StageKitPanel';
import { useSavedCandidate } from './useSavedCandidate';

/** Under a verdict: "Save", then the next stage's kit, then (in the popup) "Send to Ashby/Lever". */
export function CandidateActions(props: {
  githubLogin: string | null;
  displayName: string | null;
  profileUrl: string;
  saving: CandidateSaving;
  view: CandidateView;
  copy: (text: string) => Promise<void>;
  ats?: AtsSending;
}) {
  const { githubLogin, profileUrl, saving } = props;
  // Read once for the kit and the send, and kept current when it changes anywhere.
  const saved = useSavedCandidate(saving, githubLogin, profileUrl);
  return (
    <>
      <SaveCandidate githubLogin={githubLogin} displayName={props.displayName} profileUrl={profileUrl} saving={saving} verdict={props.view.verdict} />
      <StageKitPanel
        saved={saved}
        githubLogin={githubLogin}
        profileUrl={profileUrl}
        candidateName={props.displayName ?? githubLogin ?? 'the candidate'}
        kits={props.view.kits}
        saving={saving}
        copy={props.copy}
      />
      {props.ats && <SendToAts saved={saved} ats={props.ats} />}
    </>
  );
}
