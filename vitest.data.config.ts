// The data suite (`npm run test:data`): tests that read ../shared beside the repository (the BBC
// collection, development data), which a clone does not have. `npm test` never runs them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/data/**/*.data.test.ts'],
    testTimeout: 120_000,
    setupFiles: ['tests/setup-engine.ts'],
  },
});
