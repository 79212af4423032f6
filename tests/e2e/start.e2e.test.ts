// `npm start` smoke test: scripts/start.mjs builds, serves the samples and opens each browser with the
// sample corpus imported (headless here, and told to exit once the corpus page reports the import).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths';

function start(...flags: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, 'scripts', 'start.mjs'), '--headless', '--exit-after-import', ...flags],
    { cwd: repoRoot, encoding: 'utf8', timeout: 150_000 },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm start (headless smoke run)', () => {
  it('Chromium: imports the sample corpus and opens the article', () => {
    const { status, output } = start();
    expect(output).toMatch(/Corpus: Imported 5 documents \(0 duplicates, 0 failed\)/);
    expect(output).toMatch(/Sample article: http:\/\/127\.0\.0\.1:\d+\/samples\/article\.html/);
    expect(status, output).toBe(0);
  });

  it('Firefox (web-ext run): imports the sample corpus', () => {
    const { status, output } = start('--firefox');
    expect(output).toMatch(/Corpus: Imported 5 documents \(0 duplicates, 0 failed\)/);
    expect(status, output).toBe(0);
  });
});
