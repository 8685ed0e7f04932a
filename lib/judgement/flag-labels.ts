import type { FlagId } from './verdict';

/** Short names of the red flags, for filters and table cells; the sidebar gives each one's full reason. */
export const FLAG_LABELS: Record<FlagId, string> = {
  'generic-projects': 'Generic tutorial projects',
  'fork-only': 'Forks only',
  'stale-python': 'Stale Python',
  'no-tests': 'No tests',
  'thin-docs': 'Thin docs',
  'outdated-stack': 'Outdated stack',
  'weak-python': 'Little Python',
  'notebook-only': 'Notebooks only',
  'kitchen-sink-claims': 'Kitchen-sink claims',
  'keywords-without-depth': 'Keywords without depth',
  'low-rate': 'Rate far below market benchmark',
  overpromising: 'Overpromising',
};
