import { defineConfig } from 'vitest/config';
import { reportersFor } from './test/vitest-shared.ts';

// The corpus tier's end-to-end tests: the built extension in real Chromium, with the fake sites
// serving the real saved pages from $PYVET_CORPUS. README screenshots never come from these.
export default defineConfig({
  test: {
    ...reportersFor('corpus-e2e'),
    include: ['test/corpus/e2e/**/*.corpus.e2e.ts'],
    environment: 'node',
    env: { UPDATE_SCREENSHOTS: '0' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
