import type { AnalysisStep } from '@/lib/analysis/account-snapshot';
import { ANALYSIS_STEPS, analysisStepLabel } from '@/lib/ui/analysis-steps';

/** The steps of an analysis, the current one marked, announced to screen readers. */
export function AnalysisProgress({ login, current }: { login: string; current: AnalysisStep | null }) {
  const currentIndex = current ? ANALYSIS_STEPS.indexOf(current.step) : 0;
  return (
    <div role="status" aria-live="polite" data-testid="status" className="pyvet-progress">
      <span className="pyvet-spinner" aria-hidden="true" />
      <ol className="pyvet-steps">
        {ANALYSIS_STEPS.map((step, index) => (
          <li
            key={step}
            data-state={index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'waiting'}
            aria-current={index === currentIndex ? 'step' : undefined}
          >
            {analysisStepLabel(step, login, index === currentIndex ? current : null)}
          </li>
        ))}
      </ol>
    </div>
  );
}
