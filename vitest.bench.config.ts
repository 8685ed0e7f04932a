import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { happyDomWithoutNetwork } from './test/vitest-shared.ts';

// `npm run bench`: speed figures for pyvet's pure code, printed as a table (see bench/).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: [],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    environmentOptions: happyDomWithoutNetwork,
  },
});
