// importCorpus adds documents in batches across files; each file's report still counts its own
// documents and duplicates as if the files had been stored one by one, in order.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryCorpusStore } from '../../src/core';
import { importCorpus } from '../../src/cli/import-corpus';

const work = mkdtempSync(join(tmpdir(), 'crosscheck-import-corpus-'));
const story = (n: number) => ({
  title: `Story ${n}`,
  text: `The council approved ${n} new bus routes for the city on Monday, officials said. The routes start in ${2020 + n}.`,
});
const txt = (n: number) => `${story(n).title}\n\n${story(n).text}\n`;

describe('importCorpus', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('counts each file as if stored alone, across a batch and a second run', async () => {
    writeFileSync(join(work, 'a.txt'), txt(1));
    writeFileSync(join(work, 'b.txt'), txt(1)); // the same text as a.txt
    writeFileSync(
      join(work, 'c.jsonl'),
      [story(1), story(2), story(2), story(3)].map((s) => JSON.stringify(s)).join('\n'),
    );
    const store = new MemoryCorpusStore();
    const first = await importCorpus(store, [work]);
    expect(
      first.files.map(({ file, documents, duplicates }) => [file, documents, duplicates]),
    ).toEqual([
      ['a.txt', 1, 0],
      ['b.txt', 0, 1],
      ['c.jsonl', 2, 2],
    ]);
    expect([first.documents, first.duplicates]).toEqual([3, 3]);
    const again = await importCorpus(store, [work]);
    expect([again.documents, again.duplicates]).toEqual([0, 6]);
    expect((await store.stats()).documents).toBe(3);
  });

  it('counts a duplicate of a document stored in an earlier batch', async () => {
    const folder = mkdtempSync(join(work, 'large-'));
    const many = Array.from({ length: 250 }, (_, i) => JSON.stringify(story(100 + i)));
    writeFileSync(join(folder, 'a.jsonl'), many.join('\n'));
    writeFileSync(join(folder, 'b.txt'), txt(100));
    const report = await importCorpus(new MemoryCorpusStore(), [folder]);
    expect(report.files.map(({ documents, duplicates }) => [documents, duplicates])).toEqual([
      [250, 0],
      [0, 1],
    ]);
  });
});
