import type { CandidateSaving } from '@/lib/ui/candidate-saving';
import type { AtsSending } from '@/lib/ui/ats-sending';
import type { PageCandidate } from '@/lib/messaging/page-reading';
import type { RoleServices } from '@/lib/ui/role-services';
import type { CandidateView } from '@/lib/judgement/candidate-view';
import { CandidateVerdict } from '../candidate/CandidateVerdict';
import { GitHubAnalysis, type AnalyzeAccount } from '../candidate/GitHubAnalysis';
import { CandidateActions } from '../candidate/CandidateActions';

/**
 * The candidate of the tab's profile in the popup: the GitHub summary (when
 * there is an account), the verdict against the active role, and "Save"
 * with quick scores, the next stage's kit, then "Send to Ashby/Lever" when the team's ATS is connected.
 */
export function PageCandidatePanel(props: {
  candidate: PageCandidate;
  analyze: AnalyzeAccount;
  roles: RoleServices;
  saving: CandidateSaving;
  ats: AtsSending;
}) {
  const { candidate, roles, saving } = props;
  const { reading, githubLogin, profileUrl } = candidate;
  const saveFor = (displayName: string | null) => (view: CandidateView) => (
    <CandidateActions
      githubLogin={githubLogin}
      displayName={displayName}
      profileUrl={profileUrl}
      saving={saving}
      view={view}
      copy={roles.copy}
      ats={props.ats}
    />
  );

  if (githubLogin === null) {
    return (
      <div className="pyvet-sidebar pyvet-embedded" data-testid="popup-candidate">
        <p className="pyvet-note">This profile links no GitHub account; the verdict rests on what the profile says.</p>
        <CandidateVerdict report={null} reading={reading} roles={roles}>
          {saveFor(reading.name)}
        </CandidateVerdict>
      </div>
    );
  }
  return (
    <div className="pyvet-sidebar pyvet-embedded" data-testid="popup-candidate">
      <GitHubAnalysis
        login={githubLogin}
        displayNameOnPage={reading.name}
        analyze={props.analyze}
        renderVerdict={(report) => (
          <CandidateVerdict report={report} reading={reading} roles={roles}>
            {saveFor(report.name ?? reading.name)}
          </CandidateVerdict>
        )}
      />
    </div>
  );
}
