// The data suite's browser tests (`npm run test:data`, after a build): the data in ../shared beside
// the repository, run as vitest.e2e.config.ts runs the e2e tests (one file, one browser at a time).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/data/**/*.data.e2e.test.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    retry: 0,
  },
});
