import type { CandidateReport } from '../analysis/candidate-report';
import { sendToBackground } from '../messaging/send';
import type { ProfileReading } from '../readers/profile-reading';
import type { CandidateView } from '../judgement/candidate-view';
import { activeRoleId, rolesRevision, thresholds } from '../settings/settings';

/** What a verdict view needs: the roles, the evaluation, change notices and the clipboard. */
export interface RoleServices {
  listRoles: () => Promise<{ roles: { id: string; name: string }[]; activeId: string }>;
  setActiveRole: (id: string) => Promise<void>;
  evaluate: (report: CandidateReport | null, reading: ProfileReading | null) => Promise<CandidateView>;
  /** Calls back when the active role, a scorecard or a threshold changes anywhere; returns an unsubscribe. */
  watchRoles: (onChange: () => void) => () => void;
  copy: (text: string) => Promise<void>;
}

/** Role services for pages and content scripts: the background evaluates, extension storage signals changes. */
export const roleServices: RoleServices = {
  listRoles: () => sendToBackground('list-roles', {}),
  setActiveRole: (id) => activeRoleId.setValue(id),
  evaluate: (report, reading) => sendToBackground('evaluate-candidate', { report, reading }),
  watchRoles: (onChange) => {
    const unwatch = [activeRoleId.watch(onChange), thresholds.watch(onChange), rolesRevision.watch(onChange)];
    return () => unwatch.forEach((stop) => stop());
  },
  copy: (text) => navigator.clipboard.writeText(text),
};
