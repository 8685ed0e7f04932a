import { defineConfig } from 'vitest/config';
import { happyDomWithoutNetwork, reportersFor } from './test/vitest-shared.ts';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure lib code, components on happy-dom, WXT's fake browser, Dexie on fake-indexeddb.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    ...reportersFor('unit'),
    environment: 'happy-dom',
    environmentOptions: happyDomWithoutNetwork,
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // Property tests run hundreds of cases in 2-3 s; a busy 2-core CI machine can take twice that.
    testTimeout: 15_000,
  },
});
