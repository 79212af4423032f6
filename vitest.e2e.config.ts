// End-to-end tests: real browsers (Debian's chromium and firefox-esr) driving the built extension.
// One test file at a time, one browser at a time: the machines this runs on are small and shared.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    // Browser tests are not retried: a flaky pass would hide a real failure.
    retry: 0,
  },
});
