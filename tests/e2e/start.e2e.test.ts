// `npm start` smoke test: scripts/start.mjs builds, serves the samples and opens each browser with the
// sample corpus imported (headless here, and told to exit once the corpus page reports the import).
// Every run has a TMPDIR of its own, which must be empty afterwards: the temporary browser profile
// is removed however the script ends (done, Ctrl-C, SIGTERM, an error). Without any display it says
// so before doing anything: tests/scripts/start-no-display.test.ts.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths';

const START = join(repoRoot, 'scripts', 'start.mjs');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh, empty TMPDIR for one run of the script. */
function freshTemp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-start-e2e-'));
  temps.push(dir);
  return dir;
}

function start(flags: string[], env: NodeJS.ProcessEnv = {}) {
  const temp = freshTemp();
  const result = spawnSync(process.execPath, [START, ...flags], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 150_000,
    env: { ...process.env, TMPDIR: temp, ...env },
  });
  return {
    status: result.status,
    stderr: result.stderr,
    output: `${result.stdout}\n${result.stderr}`,
    left: readdirSync(temp),
  };
}

describe('npm start (headless smoke run)', () => {
  it('Chromium: imports the sample corpus and opens the article', () => {
    const { status, output, left } = start(['--headless', '--exit-after-import']);
    expect(output).toMatch(/Corpus: Imported 5 documents \(0 duplicates, 0 failed\)/);
    expect(output).toMatch(/Sample article: http:\/\/127\.0\.0\.1:\d+\/samples\/article\.html/);
    expect(status, output).toBe(0);
    expect(left).toEqual([]);
  });

  it('Firefox (web-ext run): imports the sample corpus', () => {
    const { status, output, left } = start(['--headless', '--exit-after-import', '--firefox']);
    expect(output).toMatch(/Corpus: Imported 5 documents \(0 duplicates, 0 failed\)/);
    expect(status, output).toBe(0);
    expect(left).toEqual([]);
  });
});

describe('npm start: every way out removes the temporary profile', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('Chromium, stopped with %s while it waits: exits %i', async (signal, code) => {
    const temp = freshTemp();
    const child = spawn(process.execPath, [START, '--headless'], {
      cwd: repoRoot,
      env: { ...process.env, TMPDIR: temp },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) =>
      child.once('exit', (status) => done(status)),
    );
    await expect.poll(() => output, { timeout: 150_000, interval: 250 }).toMatch(/^Ready: /m);
    // The profile, while the browser runs.
    expect(readdirSync(temp).some((name) => name.startsWith('crosscheck-start-'))).toBe(true);
    child.kill(signal);
    expect(await exited, output).toBe(code);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('Chromium with a display that does not answer: one line, exit 1', () => {
    const { status, stderr, left } = start([], { DISPLAY: ':97', WAYLAND_DISPLAY: '' });
    const lines = stderr.trim().split('\n');
    expect(lines.at(-1)).toBe(
      'start: the browser found no display; without a window: node scripts/start.mjs --headless',
    );
    expect(stderr).not.toMatch(/^\s+at |Call log|=====/m);
    expect(status).toBe(1);
    expect(left).toEqual([]);
  });
});
