import { useState } from 'react';
import type { ColorMode } from '@/lib/readers/github/color-mode';
import type { ProfileReading } from '@/lib/readers/profile-reading';
import type { CandidateSaving } from '@/lib/ui/candidate-saving';
import type { RoleServices } from '@/lib/ui/role-services';
import { CandidateVerdict } from '../candidate/CandidateVerdict';
import { GitHubAnalysis, type AnalyzeAccount } from '../candidate/GitHubAnalysis';
import { CandidateActions } from '../candidate/CandidateActions';
import { SidebarFrame } from './SidebarFrame';

export interface SidebarProps {
  login: string;
  /** The name the profile page shows, used when GitHub's API has none. */
  displayNameOnPage: string | null;
  /** Fields the page reader could not read, shown so nothing is silently missing. */
  couldNotRead: readonly string[];
  colorMode: ColorMode;
  initiallyCollapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  watchCollapsed?: (onChange: (collapsed: boolean) => void) => () => void;
  analyze: AnalyzeAccount;
  /** The full reading of the profile page (bio, README …) for claims; null when it could not be read. */
  profileReading: ProfileReading | null;
  roles: RoleServices;
  saving: CandidateSaving;
  now?: () => number;
}

/** The panel pyvet adds to a GitHub profile: the candidate report, with progress and errors. */
export function Sidebar(props: SidebarProps) {
  const [busy, setBusy] = useState(true);
  return (
    <SidebarFrame
      placement="github"
      colorMode={props.colorMode}
      initiallyCollapsed={props.initiallyCollapsed}
      onCollapsedChange={props.onCollapsedChange}
      watchCollapsed={props.watchCollapsed}
      busy={busy}
    >
      <GitHubAnalysis
        login={props.login}
        displayNameOnPage={props.displayNameOnPage}
        analyze={props.analyze}
        onBusyChange={setBusy}
        renderVerdict={(report) => (
          <CandidateVerdict report={report} reading={props.profileReading} roles={props.roles}>
            {(view) => (
              <CandidateActions
                githubLogin={report.login}
                displayName={report.name ?? props.displayNameOnPage}
                profileUrl={`https://github.com/${report.login}`}
                saving={props.saving}
                view={view}
                copy={props.roles.copy}
              />
            )}
          </CandidateVerdict>
        )}
        now={props.now}
      />
      {props.couldNotRead.length > 0 && (
        <p className="pyvet-note" data-testid="could-not-read">
          Couldn’t read {props.couldNotRead.join(', ')} from this page.
        </p>
      )}
    </SidebarFrame>
  );
}
