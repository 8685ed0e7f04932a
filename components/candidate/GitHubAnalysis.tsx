import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { AnalysisStep } from '@/lib/analysis/account-snapshot';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import { explainGitHubError } from '@/lib/github/describe-error';
import type { AnalysisOutcome } from '@/lib/github/outcome';
import { AnalysisProgress } from './AnalysisProgress';
import { CandidateSummary } from './CandidateSummary';
import { ProblemNotice } from '../common/ProblemNotice';

export type AnalyzeAccount = (
  request: { login: string; refresh: boolean },
  onProgress: (step: AnalysisStep) => void,
) => Promise<AnalysisOutcome>;

export interface GitHubAnalysisProps {
  login: string;
  /** The name the page shows, used when GitHub's API has none. */
  displayNameOnPage: string | null;
  analyze: AnalyzeAccount;
  onBusyChange?: (busy: boolean) => void;
  /** The verdict against the active role for a finished report. */
  renderVerdict?: (report: CandidateReport) => ReactNode;
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

/** A GitHub account's candidate report, with progress, errors and refresh. */
export function GitHubAnalysis(props: GitHubAnalysisProps) {
  const { login, analyze, onBusyChange } = props;
  const [attempt, setAttempt] = useState({ count: 0, refresh: false });
  const runKey = `${login}#${attempt.count}`;
  const [run, setRun] = useState<Run | null>(null);
  // The last good report stays visible while a refresh runs or fails.
  const [lastReport, setLastReport] = useState<CandidateReport | null>(null);
  const current = run?.key === runKey ? run : null;
  const busy = !current?.report && !current?.problem;
  const now = (props.now ?? Date.now)();

  useEffect(() => onBusyChange?.(busy), [busy, onBusyChange]);

  useEffect(() => {
    let live = true;
    const update = (change: Partial<Run>) => {
      if (!live) return;
      setRun((previous) => ({
        key: runKey,
        progress: null,
        report: null,
        problem: null,
        ...(previous?.key === runKey ? previous : {}),
        ...change,
      }));
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

  const retry = useCallback(() => setAttempt((previous) => ({ count: previous.count + 1, refresh: false })), []);
  const refresh = useCallback(() => setAttempt((previous) => ({ count: previous.count + 1, refresh: true })), []);
  const report = current?.report ?? (lastReport?.login.toLowerCase() === login.toLowerCase() ? lastReport : null);

  return (
    <div className="pyvet-analysis">
      <div className="pyvet-analysis-actions">
        <button type="button" className="pyvet-button" onClick={refresh} disabled={busy} title="Ask GitHub again">
          Refresh
        </button>
      </div>
      {busy && <AnalysisProgress login={login} current={current?.progress ?? null} />}
      {current?.problem && <ProblemNotice {...current.problem} onRetry={retry} />}
      {report && (
        <CandidateSummary
          report={report}
          displayNameOnPage={props.displayNameOnPage}
          now={now}
          verdict={props.renderVerdict?.(report)}
        />
      )}
    </div>
  );
}
