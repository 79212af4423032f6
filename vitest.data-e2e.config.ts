// The data suite's browser tests (`npm run test:data`, after a build): run as vitest.e2e.config.ts
// runs the e2e tests, on the data in ../shared beside the repository.
import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

export default defineConfig({
  test: { ...e2e.test, include: ['tests/data/**/*.data.e2e.test.ts'] },
});
