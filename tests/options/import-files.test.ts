import { describe, expect, it } from 'vitest';
import { MemoryCorpusStore } from '../../src/core';
import { importFiles, type ImportInput, type ImportProgress } from '../../src/options/import-files';

const file = (name: string, content: string | Error): ImportInput => ({
  name,
  read: async () => {
    if (content instanceof Error) throw content;
    return content;
  },
});

const article = (n: number) =>
  file(
    `a${n}.txt`,
    `Story ${n}\n\nThe council approved budget number ${n} on Tuesday after a long debate.`,
  );

describe('importFiles', () => {
  it('imports the good files and names each bad one with its reason', async () => {
    const store = new MemoryCorpusStore();
    const result = await importFiles(
      [
        article(1),
        file('empty.txt', '  \n\n'),
        file('photo.jpg', 'xx'),
        file('gone.txt', new Error('file was moved')),
        article(2),
      ],
      store,
      () => undefined,
    );
    expect(result).toMatchObject({ done: 5, total: 5, added: 2, duplicates: 0 });
    expect(result.failed).toEqual([
      { file: 'empty.txt', reason: 'empty file' },
      { file: 'photo.jpg', reason: 'unsupported file type' },
      { file: 'gone.txt', reason: 'file was moved' },
    ]);
    expect((await store.stats()).documents).toBe(2);
  });

  it('skips documents already stored when an import is run again', async () => {
    const store = new MemoryCorpusStore();
    await importFiles([article(1), article(2)], store, () => undefined);
    const again = await importFiles([article(1), article(2), article(3)], store, () => undefined);
    expect(again).toMatchObject({ added: 1, duplicates: 2 });
  });

  it('reports progress per batch and stops when cancelled', async () => {
    const store = new MemoryCorpusStore();
    const files = Array.from({ length: 120 }, (_, i) => article(i));
    const seen: ImportProgress[] = [];
    const controller = new AbortController();
    const result = await importFiles(
      files,
      store,
      (progress) => {
        seen.push(progress);
        controller.abort();
      },
      controller.signal,
    );
    expect(seen.map((p) => p.done)).toEqual([50]);
    expect(result.done).toBe(50);
    expect((await store.stats()).documents).toBe(50);
  });
});
