import type { AnalysisStep } from '../analysis/account-snapshot';

/**
 * The steps of an analysis as the sidebar lists them, shared by the React
 * progress panel and the frame the content script paints before React loads,
 * so that one replaces the other without a change of wording.
 */
export const ANALYSIS_STEPS = ['account', 'trees', 'files', 'report'] as const;

/** A step's label; the current step says how many repositories or files it is reading. */
export function analysisStepLabel(step: (typeof ANALYSIS_STEPS)[number], login: string, current: AnalysisStep | null): string {
  switch (step) {
    case 'account':
      return `Reading ${login}’s account, repositories and recent activity`;
    case 'trees':
      return current?.step === 'trees' ? `Opening the ${current.repos} most relevant repositories` : 'Opening the most relevant repositories';
    case 'files':
      return current?.step === 'files' ? `Reading ${current.files} dependency, CI and README files` : 'Reading dependency, CI and README files';
    case 'report':
      return 'Weighing the evidence';
  }
}
