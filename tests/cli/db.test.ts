// The CLI's persistent index (`--db FILE`, issue 14): import adds to it and a re-import adds
// nothing and says so; check reads it and prints the same report, byte for byte, as importing the
// corpus for the run; compare judges a lone sentence against it; a missing or foreign file is bad
// input (exit 2, one line).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_CORPUS } from '../core/seed-corpus';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.mjs', import.meta.url));
const ARTICLE = fileURLToPath(new URL('../../samples/article.html', import.meta.url));
const SAMPLES = dirname(SAMPLE_CORPUS);
const work = mkdtempSync(join(tmpdir(), 'crosscheck-cli-db-'));
const DB = join(work, 'corpus.db');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });

describe('crosscheck --db', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('import --db adds the corpus; a re-import adds nothing and says so', () => {
    const first = run('import', SAMPLES, '--db', DB, '--json');
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      documents: 5,
      duplicates: 0,
      index: { file: DB, documents: 5 },
    });
    const again = run('import', SAMPLES, '--db', DB, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({
      documents: 0,
      duplicates: 5,
      files: [{ file: 'kim-shoigu-talks-2023-09.jsonl', documents: 0, duplicates: 5 }],
      index: { documents: 5 },
    });
    const readable = run('import', SAMPLES, '--db', DB);
    expect(readable.status).toBe(0);
    expect(readable.stdout).toContain('nothing added: every document read is already in');
    expect(readable.stdout).toContain(`${DB}: 5 documents`);
  });

  it('check --db prints the same JSON as check --corpus, byte for byte', () => {
    const fromIndex = run('check', ARTICLE, '--db', DB, '--json');
    expect(fromIndex.status).toBe(0);
    const fromFiles = run('check', ARTICLE, '--corpus', SAMPLES, '--json');
    expect(fromIndex.stdout).toBe(fromFiles.stdout);
    const report = JSON.parse(fromIndex.stdout);
    expect(report.corpus).toEqual({ documents: 5, failed: [] });
    expect(report.claims.some((c: { verdict: string }) => c.verdict !== 'uncorroborated')).toBe(
      true,
    );
  });

  it('compare --db judges a line without "b" against the index, and pairs as before', () => {
    const pairs = join(work, 'pairs.jsonl');
    writeFileSync(
      pairs,
      [
        { a: 'Kim looked at Russian strategic bombers and hypersonic missiles on Saturday.' },
        { a: 'Kim inspected bombers on Saturday.', b: 'Kim inspected bombers on Sunday.' },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const result = run('compare', '--pairs', pairs, '--db', DB, '--json');
    expect(result.status).toBe(0);
    const [alone, pair] = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(alone).toMatchObject({
      relation: 'corroborates',
      document: { id: expect.any(String), title: expect.any(String) },
      sentence: expect.stringContaining('strategic bombers'),
    });
    expect(pair.relation).toBe('differs');
    // Without --db a line still needs both sides.
    expect(run('compare', '--pairs', pairs, '--json').status).toBe(2);
  });

  it.each([
    ['a missing index', ['check', ARTICLE, '--db', join(work, 'missing.db')], /no such file/],
    ['a file that is not an index', ['check', ARTICLE, '--db', ARTICLE], /not a database/],
    ['--corpus and --db together', ['check', ARTICLE, '--db', DB, '--corpus', SAMPLES], /not both/],
    [
      'compare with a missing index',
      ['compare', '--pairs', ARTICLE, '--db', join(work, 'x.db')],
      /no such file/,
    ],
  ])('exits 2 with one stderr line on %s', (_name, args, message) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('help names --db for import, check and compare', () => {
    for (const command of ['import', 'check', 'compare'])
      expect(run('help', command).stdout).toContain('--db FILE');
  });
});
