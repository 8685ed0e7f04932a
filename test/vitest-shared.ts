import { join } from 'node:path';

/**
 * When .ci/run sets VITEST_JSON_REPORT_DIR, each suite also writes a JSON
 * report there, from which CI prints its closing "N passed, N failed" line.
 */
export function reportersFor(suite: 'unit' | 'e2e' | 'corpus-unit' | 'corpus-e2e') {
  const dir = process.env.VITEST_JSON_REPORT_DIR;
  if (!dir) return {};
  return { reporters: ['default', 'json'], outputFile: { json: join(dir, `${suite}.json`) } };
}

/** Saved pages link GitHub's CSS and scripts; tests and benchmarks never fetch or run them. */
export const happyDomWithoutNetwork = {
  happyDOM: {
    settings: {
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
      disableJavaScriptEvaluation: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  },
};
