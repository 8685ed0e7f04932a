import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { happyDomWithoutNetwork, reportersFor } from './test/vitest-shared.ts';

// The corpus tier's unit tests: the same setup as the unit tests, on real saved pages and API
// recordings read from $PYVET_CORPUS (test/corpus/README.md). Run by `npm run test:corpus`.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    ...reportersFor('corpus-unit'),
    environment: 'happy-dom',
    environmentOptions: happyDomWithoutNetwork,
    include: ['test/corpus/unit/**/*.corpus.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
