// Every kind of bad input in one folder (tests/support/hostile-folder.ts), imported through the
// CLI (`crosscheck import --json`) and through the corpus page's import path (importFiles, with
// the CLI's HTML tools standing in for the page's DOMParser): both give each file the same
// outcome, every good file is kept, every bad one is named with a reason a person understands,
// and `check --corpus` over the folder goes on past the bad files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryCorpusStore } from '../../src/core';
import { htmlToArticle } from '../../src/cli/html-to-article';
import type { FileReport } from '../../src/cli/import-corpus';
import { importFiles, type ImportProgress } from '../../src/options/import-files';
import { hostileFiles, writeHostileFolder } from '../support/hostile-folder';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.mjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'crosscheck-hostile-'));
writeHostileFolder(folder);
const files = hostileFiles();
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });

/** Outcome of one file as a set of lines: what both import paths must agree on. */
type Outcome = { error: string | null; notes: string[] };

/** The page's progress, grouped per file the way the CLI reports it: a failure named by the
 *  file alone is the file's error; failures and warnings of its records ("file, line 3") are
 *  notes. */
function pageOutcomes(progress: ImportProgress, names: string[]): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  const owner = (label: string) =>
    names
      .filter((name) => label === name || label.startsWith(`${name}, `))
      .sort((a, b) => b.length - a.length)[0];
  for (const [kind, list] of [
    ['failed', progress.failed],
    ['warnings', progress.warnings],
  ] as const) {
    for (const { file, reason } of list) {
      const name = owner(file) ?? file;
      const outcome = outcomes.get(name) ?? { error: null, notes: [] };
      if (kind === 'failed' && file === name && !outcome.error) outcome.error = reason;
      else outcome.notes.push(file === name ? reason : `${file.slice(name.length + 2)}: ${reason}`);
      outcomes.set(name, outcome);
    }
  }
  return outcomes;
}

describe('hostile input on every import path', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const result = cli('import', folder, '--json');
  const report = JSON.parse(result.stdout) as {
    documents: number;
    duplicates: number;
    files: FileReport[];
  };

  it('crosscheck import reads the whole folder and exits 0', () => {
    expect(result.status).toBe(0);
    expect(report.documents).toBe(report.files.reduce((sum, file) => sum + file.documents, 0));
    for (const file of report.files) {
      expect(Object.keys(file).sort()).toEqual([
        'documents',
        'duplicates',
        'error',
        'file',
        'warnings',
      ]);
    }
  });

  it('keeps every good file, and the good parts of partial ones', () => {
    const kept = new Map(report.files.map((file) => [file.file, file.documents]));
    for (const name of Object.keys(files).filter((name) => /^(good|encodings)\//.test(name)))
      expect(kept.get(name), name).toBeGreaterThan(0);
    expect(kept.get('good/records.jsonl')).toBe(2);
    for (const partial of ['bad/bom-lines.jsonl', 'bad/partial.csv', 'bad/mixed.json'])
      expect(kept.get(partial), partial).toBe(1);
    expect(kept.get('bad/archive.zip/inner/ok.txt')).toBe(1);
  });

  it('names each bad file, line, row, item and archive entry with a reason, in plain words', () => {
    const byFile = new Map(report.files.map((file) => [file.file, file]));
    expect(byFile.get('bad/mixed.json')?.warnings).toEqual([
      'item 2: not an article (a string, not an object with fields)',
      'item 3: not an article (a number, not an object with fields)',
      'item 4: not an article (null, not an object with fields)',
      'item 5: no text (needs a "text" or "html" field)',
    ]);
    expect(byFile.get('bad/bom-lines.jsonl')?.warnings).toEqual(['line 2: not valid JSON']);
    expect(byFile.get('bad/partial.csv')?.warnings).toEqual([
      'line 3: a quoted value is never closed',
    ]);
    expect(byFile.get('bad/bad-date.json')?.warnings).toEqual([
      'link left out: "javascript:alert(document.cookie)" is not a web (http or https) address',
      'date left out: "2023-58-16" is not a real date',
    ]);
    expect(byFile.get('bad/long-title.txt')?.warnings).toEqual([
      'title cut to 300 characters (it had 119,999)',
    ]);
    const errors = Object.fromEntries(
      report.files.filter((file) => file.error).map((file) => [file.file, file.error]),
    );
    expect(errors).toEqual({
      'bad/README': 'unsupported file type (no name ending, and not a feed, a web page or JSON)',
      'bad/archive.zip/../escape.txt':
        'unsafe path in the archive (it points outside the archive): not unpacked',
      'bad/archive.zip/.hidden.txt': 'a hidden or system file: not read',
      'bad/bad-json.json': 'not valid JSON',
      'bad/binary.txt': 'not a text file (binary content)',
      'bad/deep.html':
        'the page nests its elements more than 256 deep (no article page does): not read',
      'bad/empty.txt': 'empty file',
      'bad/fake.docx': 'a Word document (.docx): not a format Crosscheck reads',
      'bad/frameset.html': 'no article text found in the page',
      'bad/long-title.txt': 'no sentences Crosscheck can check in it: not stored',
      'bad/no-article.html': 'no sentences Crosscheck can check in it: not stored',
      'bad/one-line.txt': 'no sentences Crosscheck can check in it: not stored',
      'bad/truncated.rss':
        'not a valid feed: the XML is cut short or a tag is not closed (near line 1)',
    });
  });

  it('gives each file the same outcome through the corpus page', async () => {
    const names = Object.keys(files).sort();
    const inputs = names.map((name) => ({
      name,
      size: files[name]?.length,
      read: async () => files[name] ?? new Uint8Array(0),
    }));
    const store = new MemoryCorpusStore();
    const progress = await importFiles(inputs, store, () => undefined, {
      tools: { htmlToArticle },
    });
    expect(progress.added).toBe(report.documents);
    expect(progress.duplicates).toBe(report.duplicates);
    const page = pageOutcomes(
      progress,
      report.files.map((file) => file.file),
    );
    for (const file of report.files) {
      const outcome = page.get(file.file) ?? { error: null, notes: [] };
      expect({ file: file.file, ...outcome }).toEqual({
        file: file.file,
        error: file.error,
        notes: file.warnings,
      });
    }
  });

  it('check --corpus over the folder exits 0 and names the bad files', () => {
    const checked = cli('check', join(folder, 'good/a.txt'), '--corpus', folder, '--json');
    expect(checked.status).toBe(0);
    const json = JSON.parse(checked.stdout) as {
      corpus: { documents: number; failed: { file: string; reason: string }[] };
    };
    expect(json.corpus.documents).toBe(report.documents);
    const failed = report.files.filter((file) => file.error);
    expect(json.corpus.failed).toEqual(
      failed.map((file) => ({ file: file.file, reason: file.error })),
    );
    expect(checked.stderr.trim().split('\n')).toHaveLength(failed.length);
  });

  it('prints no control characters from corpus text in its readable output', () => {
    const readable = cli('import', join(folder, 'bad/controls.txt'));
    expect(readable.status).toBe(0);
    const extracted = cli('extract', join(folder, 'bad/controls.txt'));
    expect(extracted.stdout).toContain('Bell  and [31mred[0m title');
    // eslint-disable-next-line no-control-regex
    expect(extracted.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    const json = JSON.parse(cli('extract', join(folder, 'bad/controls.txt'), '--json').stdout);
    expect(json.title).toBe('Bell \u0007 and \u001b[31mred\u001b[0m title');
  });
});
