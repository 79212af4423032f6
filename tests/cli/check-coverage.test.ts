// `check --json`'s story-level fields: `ownCopies` (the article and its copies in the corpus) and
// `coverage` (the documents about its story), beside the contract's fields.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_CORPUS, loadSeeds } from '../core/seed-corpus';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.mjs', import.meta.url));
const seeds = loadSeeds();
const work = mkdtempSync(join(tmpdir(), 'crosscheck-cli-coverage-'));
const REUTERS = join(work, 'malaysianow.jsonl');
writeFileSync(REUTERS, JSON.stringify(seeds.get('001')));
const OTHER = join(work, 'other.txt');
writeFileSync(
  OTHER,
  'Retail sales slump\n\nUK retail sales fell by 1.2% in November, the Office for National Statistics said on Friday. Clothing stores were hit hardest as shoppers held back ahead of Christmas.',
);
const check = (article: string) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [BIN, 'check', article, '--corpus', dirname(SAMPLE_CORPUS), '--json'],
      { encoding: 'utf8' },
    ),
  );

describe('check --json: ownCopies and coverage', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('names the article and its reprint in the corpus, and what else is about the story', () => {
    const report = check(REUTERS);
    expect(report.ownCopies.map((c: { match: string }) => c.match)).toEqual(['exact', 'copy']);
    expect(Object.keys(report.ownCopies[0]).sort()).toEqual([
      'file',
      'id',
      'importedAt',
      'language',
      'match',
      'outlet',
      'published',
      'title',
      'url',
    ]);
    expect(report.ownCopies[0].url).toBe(seeds.get('001')?.url);
    expect(report.coverage.documents).toBeGreaterThanOrEqual(2);
    expect(report.coverage.origins).toBeGreaterThanOrEqual(2);
    expect(report.coverage.about.length).toBe(report.coverage.documents);
    const own = new Set(report.ownCopies.map((c: { id: string }) => c.id));
    expect(report.coverage.about.some((d: { id: string }) => own.has(d.id))).toBe(false);
  });

  it('says plainly that the corpus has nothing on an unrelated story', () => {
    const report = check(OTHER);
    expect(report.ownCopies).toEqual([]);
    expect(report.coverage).toEqual({ documents: 0, origins: 0, about: [] });
  });
});
