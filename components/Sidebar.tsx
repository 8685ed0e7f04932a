import { useCallback, useEffect, useState } from 'react';
import type { AnalysisStep } from '@/lib/analysis/account-snapshot';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import { explainGitHubError } from '@/lib/github/describe-error';
import type { AnalysisOutcome } from '@/lib/messaging/protocol';
import type { ColorMode } from '@/lib/readers/github/color-mode';
import { AnalysisProgress } from './AnalysisProgress';
import { CandidateSummary } from './CandidateSummary';
import { ProblemNotice } from './ProblemNotice';

export type AnalyzeAccount = (
  request: { login: string; refresh: boolean },
  onProgress: (step: AnalysisStep) => void,
) => Promise<AnalysisOutcome>;

export interface SidebarProps {
  login: string;
  /** The name the profile page shows, used when GitHub's API has none. */
  displayNameOnPage: string | null;
  /** Fields the page reader could not read, shown so nothing is silently missing. */
  couldNotRead: readonly string[];
  colorMode: ColorMode;
  initiallyCollapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  analyze: AnalyzeAccount;
  now?: () => number;
}

type Problem = { title: string; nextStep: string };

/** One analysis run: its progress, then its report or its problem. */
interface Run {
  key: string;
  progress: AnalysisStep | null;
  report: CandidateReport | null;
  problem: Problem | null;
}

/** The panel pyvet adds to a GitHub profile: the candidate report, with progress and errors. */
export function Sidebar(props: SidebarProps) {
  const { login, analyze } = props;
  const [collapsed, setCollapsed] = useState(props.initiallyCollapsed);
  const [attempt, setAttempt] = useState({ count: 0, refresh: false });
  const runKey = `${login}#${attempt.count}`;
  const [run, setRun] = useState<Run | null>(null);
  // The last good report stays visible while a refresh runs or fails.
  const [lastReport, setLastReport] = useState<CandidateReport | null>(null);
  const current = run?.key === runKey ? run : null;
  const now = (props.now ?? Date.now)();

  useEffect(() => {
    let live = true;
    const update = (change: Partial<Run>) => {
      if (live) setRun((previous) => ({ key: runKey, progress: null, report: null, problem: null, ...(previous?.key === runKey ? previous : {}), ...change }));
    };
    analyze({ login, refresh: attempt.refresh }, (progress) => update({ progress })).then(
      (outcome) => {
        if (outcome.status === 'ok') {
          update({ report: outcome.report });
          if (live) setLastReport(outcome.report);
        } else update({ problem: explainGitHubError(outcome.error, login, Date.now()) });
      },
      (error: unknown) =>
        update({
          problem: {
            title: 'pyvet could not finish this analysis.',
            nextStep: error instanceof Error ? error.message : String(error),
          },
        }),
    );
    return () => {
      live = false;
    };
  }, [login, analyze, runKey, attempt.refresh]);

  const toggle = useCallback(() => {
    setCollapsed((was) => {
      props.onCollapsedChange(!was);
      return !was;
    });
  }, [props]);
  const retry = useCallback(() => setAttempt((previous) => ({ count: previous.count + 1, refresh: false })), []);
  const refresh = useCallback(() => setAttempt((previous) => ({ count: previous.count + 1, refresh: true })), []);

  const busy = !current?.report && !current?.problem;
  const report = current?.report ?? lastReport;

  return (
    <aside className="pyvet-sidebar" data-theme={props.colorMode} data-collapsed={collapsed} aria-label="pyvet" aria-busy={busy}>
      <header className="pyvet-header">
        <span className="pyvet-brand">pyvet</span>
        <span className="pyvet-header-actions">
          {!collapsed && (
            <button type="button" className="pyvet-button" onClick={refresh} disabled={busy} title="Ask GitHub again">
              Refresh
            </button>
          )}
          <button
            type="button"
            className="pyvet-toggle"
            aria-expanded={!collapsed}
            aria-controls="pyvet-body"
            onClick={toggle}
            title={collapsed ? 'Show pyvet' : 'Hide pyvet'}
          >
            {collapsed ? '‹' : '›'}
            <span className="pyvet-visually-hidden">{collapsed ? 'Show pyvet' : 'Hide pyvet'}</span>
          </button>
        </span>
      </header>
      <div id="pyvet-body" className="pyvet-body" hidden={collapsed} data-testid="sidebar-body">
        {busy && <AnalysisProgress login={login} current={current?.progress ?? null} />}
        {current?.problem && <ProblemNotice {...current.problem} onRetry={retry} />}
        {report && <CandidateSummary report={report} displayNameOnPage={props.displayNameOnPage} now={now} />}
        {props.couldNotRead.length > 0 && (
          <p className="pyvet-note" data-testid="could-not-read">
            Couldn’t read {props.couldNotRead.join(', ')} from this page.
          </p>
        )}
      </div>
    </aside>
  );
}
