import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_CORPUS, loadSeeds } from '../core/seed-corpus';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.mjs', import.meta.url));
// The shipped sample corpus (samples/corpus, the five seed articles); single articles of it are
// written out to files of their own.
const SAMPLES = dirname(SAMPLE_CORPUS);
const seeds = loadSeeds();
const work = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
/** The Reuters article (001, MalaysiaNow) as a one-line .jsonl file, with its metadata. */
const REUTERS = join(work, 'malaysianow.jsonl');
writeFileSync(REUTERS, JSON.stringify(seeds.get('001')));
/** The Ukrinform article (004) as plain text, as it was collected. */
const UKRINFORM = join(work, 'ukrinform.txt');
writeFileSync(UKRINFORM, seeds.get('004')?.text ?? '');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('crosscheck CLI', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('check --json prints the contract shape, never citing the article itself', () => {
    const out = execFileSync(
      process.execPath,
      [BIN, 'check', REUTERS, '--corpus', SAMPLES, '--json'],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(out);
    expect(report.article).toEqual({ title: expect.any(String), language: 'en' });
    expect(report.claims.length).toBeGreaterThan(5);
    for (const claim of report.claims) {
      expect(['corroborated', 'mixed', 'differing', 'uncorroborated']).toContain(claim.verdict);
      for (const s of claim.support) {
        expect(Object.keys(s.document).sort()).toEqual([
          'file',
          'id',
          'language',
          'outlet',
          'title',
        ]);
        // The corpus holds the article itself (samples/corpus): never its own evidence.
        expect(s.document.outlet).not.toBe('MalaysiaNow (Reuters)');
      }
    }
    expect(report.skipped.every((s: { reason: string }) => s.reason.length > 0)).toBe(true);
  });

  it('compare prints one judgment per pair, in order', () => {
    const a = 'Kim met Putin on Wednesday at the Vostochny Cosmodrome in the Amur region.';
    const pairs = [
      { a, b: a },
      { a, b: a.replace('Wednesday', 'Thursday') },
    ];
    writeFileSync(join(work, 'pairs.jsonl'), pairs.map((p) => JSON.stringify(p)).join('\n'));
    const lines = run('compare', '--pairs', join(work, 'pairs.jsonl'), '--json')
      .stdout.trim()
      .split('\n');
    expect(lines.map((line) => JSON.parse(line).relation)).toEqual(['corroborates', 'differs']);
  });

  it('extract lists sentences with offsets and claim flags', () => {
    const out = JSON.parse(run('extract', UKRINFORM, '--json').stdout);
    expect(out.language).toBe('uk');
    const prompt = out.sentences.find((s: { text: string }) => s.text.startsWith('Приєднуйтесь'));
    expect(prompt).toMatchObject({ claim: false, reason: expect.any(String) });
  });

  it.each([
    [['check', 'missing.txt', '--corpus', SAMPLES]],
    [['check', REUTERS]],
    [['frobnicate']],
    [['compare']],
  ])('exits 2 with one stderr line on bad input: %s', (args) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
