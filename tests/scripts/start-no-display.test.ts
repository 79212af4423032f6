// `npm start` on a machine without a display (no DISPLAY, no WAYLAND_DISPLAY): one line saying so and
// how to run headless, exit 1, before anything is installed, built or written. The runs with a
// browser are in tests/e2e/start.e2e.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const START = fileURLToPath(new URL('../../scripts/start.mjs', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'crosscheck-start-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.runIf(process.platform === 'linux')('npm start without a display', () => {
  it.each([[[]], [['--firefox']]])(
    '%s: says so in one line, with the headless command',
    (flags) => {
      const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: temp };
      delete env.DISPLAY;
      delete env.WAYLAND_DISPLAY;
      const result = spawnSync(process.execPath, [START, ...flags], { encoding: 'utf8', env });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^start: no display \(DISPLAY and WAYLAND_DISPLAY are unset\)/);
      expect(lines[0]).toContain(
        `node scripts/start.mjs --headless${flags.length ? ' --firefox' : ''}`,
      );
      expect(readdirSync(temp)).toEqual([]);
    },
  );
});
