import { defineConfig } from 'vitest/config';
import { reportersFor } from './test/vitest-shared.ts';

// End-to-end: the built extension in real Chromium and Firefox against a local fake GitHub (see test/e2e/).
export default defineConfig({
  test: {
    ...reportersFor('e2e'),
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
