import type { AnalysisStep } from '@/lib/analysis/account-snapshot';

const STEPS = ['account', 'trees', 'files', 'report'] as const;

function stepLabel(step: (typeof STEPS)[number], login: string, current: AnalysisStep | null): string {
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

/** The steps of an analysis, the current one marked, announced to screen readers. */
export function AnalysisProgress({ login, current }: { login: string; current: AnalysisStep | null }) {
  const currentIndex = current ? STEPS.indexOf(current.step) : 0;
  return (
    <div role="status" aria-live="polite" data-testid="status" className="pyvet-progress">
      <span className="pyvet-spinner" aria-hidden="true" />
      <ol className="pyvet-steps">
        {STEPS.map((step, index) => (
          <li
            key={step}
            data-state={index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'waiting'}
            aria-current={index === currentIndex ? 'step' : undefined}
          >
            {stepLabel(step, login, index === currentIndex ? current : null)}
          </li>
        ))}
      </ol>
    </div>
  );
}
