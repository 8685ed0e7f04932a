import { useEffect, useState, type ReactNode } from 'react';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import type { ProfileReading } from '@/lib/readers/profile-reading';
import type { CandidateView } from '@/lib/judgement/candidate-view';
import type { RoleServices } from '@/lib/ui/role-services';
import { RoleSelector, type RoleOption } from './RoleSelector';
import { VerdictPanel } from './VerdictPanel';

/** The candidate held against the active role; follows role and threshold changes made anywhere. */
export function CandidateVerdict(props: {
  report: CandidateReport | null;
  reading: ProfileReading | null;
  roles: RoleServices;
  /** What goes under the verdict and needs it, such as "Save" with its quick scores and the next stage's kit. */
  children?: (view: CandidateView) => ReactNode;
}) {
  const { report, reading, roles } = props;
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<{
    options: { roles: RoleOption[]; activeId: string };
    result: CandidateView;
  } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => roles.watchRoles(() => setRevision((count) => count + 1)), [roles]);

  useEffect(() => {
    let live = true;
    Promise.all([roles.listRoles(), roles.evaluate(report, reading)]).then(
      ([options, result]) => live && setState({ options, result }),
      (error: unknown) => live && setProblem(`The verdict could not be worked out: ${error instanceof Error ? error.message : String(error)}`),
    );
    return () => {
      live = false;
    };
  }, [roles, report, reading, revision]);

  if (problem) return <p className="pyvet-note" role="alert">{problem}</p>;
  if (!state) return null;
  return (
    <div className="pyvet-verdict">
      <RoleSelector
        roles={state.options.roles}
        activeId={state.options.activeId}
        onChange={(id) => void roles.setActiveRole(id)}
      />
      <VerdictPanel verdict={state.result.verdict} interviewPlan={state.result.interviewPlan} copy={roles.copy} />
      {props.children?.(state.result)}
    </div>
  );
}
