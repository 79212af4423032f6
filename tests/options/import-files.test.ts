import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MemoryCorpusStore, type AddResult, type PreparedDocument } from '../../src/core';
import {
  estimateSecondsLeft,
  importFiles,
  type BatchResult,
  type ImportInput,
  type ImportProgress,
  type ImportTarget,
  type RawItem,
} from '../../src/options/import-files';

const encode = (text: string) => new TextEncoder().encode(text);

const file = (name: string, content: string | Uint8Array | Error, size?: number): ImportInput => ({
  name,
  size: size ?? (typeof content === 'string' ? encode(content).length : undefined),
  read: async () => {
    if (content instanceof Error) throw content;
    return typeof content === 'string' ? encode(content) : content;
  },
});

const text = (n: number) =>
  `Council approves budget ${n}\n\nThe council approved budget number ${n} on Tuesday after a long debate.`;
const article = (n: number) => file(`a${n}.txt`, text(n));

describe('importFiles', () => {
  it('imports the good files and names each bad one with its reason', async () => {
    const store = new MemoryCorpusStore();
    const result = await importFiles(
      [
        article(1),
        file('empty.txt', '  \n\n'),
        file('photo.jpg', 'xx'),
        file('gone.txt', new Error('file was moved')),
        file('binary.txt', Uint8Array.from([1, 2, 0, 4, 5])),
        file('huge.txt', new Error('must not be read'), 50 * 1024 * 1024),
        file(
          'lines.jsonl',
          '{"title":"A","text":"The mayor opened the new bridge on Monday."}\n{oops\n',
        ),
        article(2),
      ],
      store,
      () => undefined,
    );
    expect(result).toMatchObject({ state: 'done', done: 8, total: 8, added: 3, duplicates: 0 });
    expect(result.failed).toEqual([
      { file: 'empty.txt', reason: 'empty file' },
      { file: 'photo.jpg', reason: 'unsupported file type' },
      { file: 'gone.txt', reason: 'file was moved' },
      { file: 'binary.txt', reason: 'not a text file (binary content)' },
      { file: 'huge.txt', reason: 'too large (50 MB; limit 10 MB)' },
      { file: 'lines.jsonl, line 2', reason: 'not valid JSON' },
    ]);
    expect((await store.stats()).documents).toBe(3);
  });

  it('skips documents already stored when an import is run again (resuming it)', async () => {
    const store = new MemoryCorpusStore();
    await importFiles([article(1), article(2)], store, () => undefined);
    const again = await importFiles([article(1), article(2), article(3)], store, () => undefined);
    expect(again).toMatchObject({ added: 1, duplicates: 2 });
  });

  it('opens archives and counts their files', async () => {
    const store = new MemoryCorpusStore();
    const archive = zipSync({
      'x/1.txt': encode(text(1)),
      'x/2.txt': encode(text(2)),
      'x/e.txt': encode(''),
    });
    const result = await importFiles([file('x.zip', archive), article(3)], store, () => undefined);
    expect(result).toMatchObject({ done: 4, total: 4, added: 3 });
    expect(result.failed).toEqual([{ file: 'x.zip/x/e.txt', reason: 'empty file' }]);
    expect((await store.listDocuments()).map((d) => d.outlet).sort()).toEqual(['a3', 'x', 'x']);
  });

  it('stops when cancelled, keeping the batches already written', async () => {
    const store = new MemoryCorpusStore();
    const files = Array.from({ length: 120 }, (_, i) => article(i));
    const controller = new AbortController();
    const slowStore = {
      addDocuments: async (items: PreparedDocument[]) => {
        const result = await store.addDocuments(items);
        controller.abort();
        return result;
      },
    };
    const result = await importFiles(files, slowStore, () => undefined, {
      signal: controller.signal,
      batchSize: 50,
    });
    expect(result.state).toBe('cancelled');
    // The next batch was being gathered while the first was written; it is dropped, not stored.
    expect(result.done).toBeLessThan(100);
    expect(result.added).toBe(50);
    expect((await store.stats()).documents).toBe(50);
  });

  it('reports a full storage quota instead of swallowing it, keeping earlier batches', async () => {
    const store = new MemoryCorpusStore();
    let calls = 0;
    const fullStore = {
      addDocuments: async (items: PreparedDocument[]): Promise<AddResult> => {
        if (++calls > 1)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return store.addDocuments(items);
      },
    };
    const files = Array.from({ length: 30 }, (_, i) => article(i));
    const seen: ImportProgress[] = [];
    const result = await importFiles(files, fullStore, (p) => seen.push(p), { batchSize: 10 });
    expect(result.state).toBe('stopped');
    expect(result.added).toBe(10);
    expect(result.error).toMatch(/quota exceeded\) after 10 documents/);
    expect(seen.at(-1)?.state).toBe('stopped');
  });

  it('keeps the full text with each document for export', async () => {
    const written: (PreparedDocument & { text?: string })[] = [];
    const target = {
      addDocuments: async (items: (PreparedDocument & { text?: string })[]) => {
        written.push(...items);
        return { added: items.map((item) => item.document.id), duplicates: [] };
      },
    };
    await importFiles([article(7)], target, () => undefined);
    expect(written[0]?.text).toContain('budget number 7');
  });

  it('sends parsed documents to an import target, two batches in flight at most, and reports its per-document failures', async () => {
    let inFlight = 0;
    let most = 0;
    const sent: RawItem[][] = [];
    const target: ImportTarget = {
      importDocuments: async (items): Promise<BatchResult> => {
        sent.push(items);
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        const [bad, ...good] = items;
        return {
          added: good.map((item) => item.raw.title),
          duplicates: [],
          failed: bad ? [{ file: bad.file, reason: 'could not be prepared' }] : [],
          timings: { prepare: 1, store: 2 },
        };
      },
    };
    const files = Array.from({ length: 40 }, (_, i) => article(i));
    const result = await importFiles(files, target, () => undefined, { batchSize: 10 });
    expect(sent.map((items) => items.length)).toEqual([10, 10, 10, 10]);
    expect(sent[0]?.[0]).toMatchObject({
      file: 'a0.txt',
      raw: { title: 'Council approves budget 0' },
    });
    expect(most).toBe(2);
    expect(result).toMatchObject({ state: 'done', added: 36, duplicates: 0 });
    expect(result.failed.map((problem) => problem.file)).toEqual([
      'a0.txt',
      'a10.txt',
      'a20.txt',
      'a30.txt',
    ]);
    expect(result.timings).toMatchObject({ prepare: 4, store: 8 });
  });

  it('reports the added count as each batch is stored, also after every file was read', async () => {
    const target: ImportTarget = {
      importDocuments: async (items): Promise<BatchResult> => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return {
          added: items.map((item) => item.raw.title),
          duplicates: [],
          failed: [],
          timings: { prepare: 0, store: 0 },
        };
      },
    };
    const reports: ImportProgress[] = [];
    const files = Array.from({ length: 50 }, (_, i) => article(i));
    await importFiles(files, target, (progress) => reports.push(progress), { batchSize: 10 });
    const running = reports.filter((r) => r.state === 'running');
    // Every batch stored is reported while the import runs, the last ones after reading ended.
    expect(running.map((r) => r.added)).toEqual(expect.arrayContaining([10, 20, 30, 40]));
    expect(running.some((r) => r.done === 50 && r.added < 50)).toBe(true);
  });
});

describe('estimateSecondsLeft', () => {
  const progress = { done: 10, total: 20 };
  it('waits for the first stored batch instead of saying "0 s left"', () => {
    expect(estimateSecondsLeft(progress, 0, 0, 0, 0, 5000)).toBeNull();
  });
  it('follows the slower of reading and storing', () => {
    // Half read in 5 s: 5 s left if storing keeps up, 15 s if only half of it is stored.
    expect(estimateSecondsLeft(progress, 0, 0, 0, 1, 5000)).toBe(5);
    expect(estimateSecondsLeft(progress, 0, 0, 0, 0.5, 5000)).toBe(15);
    // Everything read, a tenth stored after 10 s: 90 s to go.
    expect(estimateSecondsLeft({ done: 20, total: 20 }, 0, 0, 0, 0.1, 10_000)).toBe(90);
  });
});
