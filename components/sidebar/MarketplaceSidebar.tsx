import { useMemo, useState } from 'react';
import type { CandidateSaving } from '@/lib/ui/candidate-saving';
import { applyCorrection, correctionKey, CORRECTION_FIELD_NAMES, type ProfileCorrection } from '@/lib/readers/corrections';
import type { ProfileReading } from '@/lib/readers/profile-reading';
import type { RoleServices } from '@/lib/ui/role-services';
import { CandidateVerdict } from '../candidate/CandidateVerdict';
import { CorrectionForm } from './CorrectionForm';
import { GitHubAnalysis, type AnalyzeAccount } from '../candidate/GitHubAnalysis';
import { LoginField } from '../candidate/LoginField';
import { MarketplaceFacts } from './MarketplaceFacts';
import { CandidateActions } from '../candidate/CandidateActions';
import { SidebarFrame } from './SidebarFrame';

export interface MarketplaceSidebarProps {
  /** The page as read, before the user's corrections. */
  reading: ProfileReading;
  /** Corrections saved earlier for this profile. */
  initialCorrection: ProfileCorrection;
  saveCorrection: (correction: ProfileCorrection) => Promise<void>;
  initiallyCollapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  watchCollapsed?: (onChange: (collapsed: boolean) => void) => () => void;
  analyze: AnalyzeAccount;
  roles: RoleServices;
  saving: CandidateSaving;
  now?: () => number;
}

/** The panel on a marketplace profile: what the profile claims, then the GitHub evidence behind it. */
export function MarketplaceSidebar(props: MarketplaceSidebarProps) {
  const [correction, setCorrection] = useState(props.initialCorrection);
  const [correcting, setCorrecting] = useState(false);
  const reading = useMemo(() => applyCorrection(props.reading, correction), [props.reading, correction]);
  const [login, setLogin] = useState<string | null>(reading.githubLogins[0] ?? null);
  const [busy, setBusy] = useState(false);

  const saveProps = { githubLogin: login, displayName: reading.name, profileUrl: correctionKey(reading), saving: props.saving };

  const saveCorrection = (added: ProfileCorrection) => {
    const merged = { ...correction, ...added };
    setCorrection(merged);
    setCorrecting(false);
    void props.saveCorrection(merged);
  };

  return (
    <SidebarFrame
      placement="marketplace"
      colorMode="auto"
      initiallyCollapsed={props.initiallyCollapsed}
      onCollapsedChange={props.onCollapsedChange}
      watchCollapsed={props.watchCollapsed}
      busy={busy}
    >
      {correcting ? (
        <CorrectionForm reading={reading} onSave={saveCorrection} onCancel={() => setCorrecting(false)} />
      ) : (
        <>
          <MarketplaceFacts
            reading={reading}
            corrected={(Object.keys(correction) as (keyof ProfileCorrection)[]).map((field) => CORRECTION_FIELD_NAMES[field])}
          />
          <button type="button" className="pyvet-button" onClick={() => setCorrecting(true)}>
            Correct what pyvet read
          </button>
        </>
      )}
      <h3 className="pyvet-section-title">GitHub evidence</h3>
      {reading.githubLogins.length > 1 && (
        <p className="pyvet-note">
          The profile links {reading.githubLogins.length} GitHub accounts: {reading.githubLogins.join(', ')}.
        </p>
      )}
      {login === null && (
        <CandidateVerdict report={null} reading={reading} roles={props.roles}>
          {(view) => <CandidateActions key={login ?? 'no-login'} {...saveProps} view={view} copy={props.roles.copy} />}
        </CandidateVerdict>
      )}
      {login === null && <p data-testid="no-github-link">This profile links no GitHub account. Enter one to check the evidence:</p>}
      <LoginField onLogin={setLogin} label={login === null ? 'GitHub login' : 'Check another GitHub login'} />
      {login !== null && (
        <GitHubAnalysis
          key={login}
          login={login}
          displayNameOnPage={reading.name}
          analyze={props.analyze}
          onBusyChange={setBusy}
          renderVerdict={(report) => (
            <CandidateVerdict report={report} reading={reading} roles={props.roles}>
              {(view) => <CandidateActions key={login ?? 'no-login'} {...saveProps} view={view} copy={props.roles.copy} />}
            </CandidateVerdict>
          )}
          now={props.now}
        />
      )}
    </SidebarFrame>
  );
}
