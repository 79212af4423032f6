// The unit tests (`npm test`, `npx vitest run`): only fixtures that ship in the repository. Tests that
// read ../shared are the data suite's (tests/data, vitest.data.config.ts, `npm run test:data`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'tests/data/**', '**/*.data.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
    setupFiles: ['tests/setup-engine.ts'],
  },
});
