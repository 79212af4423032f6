import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.mjs', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('crosscheck CLI', () => {
  it('check --json prints the contract shape, never citing the article itself', () => {
    const out = execFileSync(
      process.execPath,
      [BIN, 'check', `${SEEDS}001_2d19e963f671df68.txt`, '--corpus', SEEDS, '--json'],
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
        expect(s.document.file).not.toBe('001_2d19e963f671df68.txt');
      }
    }
    expect(report.skipped.every((s: { reason: string }) => s.reason.length > 0)).toBe(true);
  });

  it('compare prints one judgment per pair, in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-'));
    const a = 'Kim met Putin on Wednesday at the Vostochny Cosmodrome in the Amur region.';
    const pairs = [
      { a, b: a },
      { a, b: a.replace('Wednesday', 'Thursday') },
    ];
    writeFileSync(join(dir, 'pairs.jsonl'), pairs.map((p) => JSON.stringify(p)).join('\n'));
    const lines = run('compare', '--pairs', join(dir, 'pairs.jsonl'), '--json')
      .stdout.trim()
      .split('\n');
    expect(lines.map((line) => JSON.parse(line).relation)).toEqual(['corroborates', 'differs']);
  });

  it('extract lists sentences with offsets and claim flags', () => {
    const out = JSON.parse(run('extract', `${SEEDS}004_8c4dcfc5f19b088c.txt`, '--json').stdout);
    expect(out.language).toBe('uk');
    const prompt = out.sentences.find((s: { text: string }) => s.text.startsWith('Приєднуйтесь'));
    expect(prompt).toMatchObject({ claim: false, reason: expect.any(String) });
  });

  it.each([
    [['check', 'missing.txt', '--corpus', SEEDS]],
    [['check', `${SEEDS}000_b3ce6d985c024484.txt`]],
    [['frobnicate']],
    [['compare']],
  ])('exits 2 with one stderr line on bad input: %s', (args) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
