// Import throughput in the browser: the 2,095 BBC articles (../shared/corpora/bbc-2095) imported
// through the corpus page's folder picker in Debian's Chromium (the chrome-e2e build, `npm run
// build:e2e` first), against a raw IndexedDB `put` of the very records that import stored
// (documents, sentences, postings, texts; same batches of 100 documents, same indexes) in the same
// run. Prints articles per second for both and their ratio, and where the import's time went.
//   npx tsx scripts/bench-import.ts [--runs N]
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium';
import { builtExtension, repoRoot } from '../tests/e2e/support/paths';

const bbcFolder = resolve(repoRoot, '..', 'shared', 'corpora', 'bbc-2095');
const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 3;

interface ImportLog {
  added: number;
  duplicates: number;
  failed: number;
  timings: {
    read: number;
    parse: number;
    prepare: number;
    store: number;
    wait?: number;
    total: number;
  };
}

/** Runs in the corpus page: copies what the import stored into a fresh database with plain puts,
 *  batch by batch as the import wrote it, and times that. */
async function rawPut(batchSize: number): Promise<{ ms: number; documents: number }> {
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((ok, fail) => {
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
  const done = (tx: IDBTransaction) =>
    new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
      tx.onabort = () => fail(tx.error);
    });
  const open = (name: string, upgrade?: (db: IDBDatabase) => void) =>
    new Promise<IDBDatabase>((ok, fail) => {
      const r = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
      r.onupgradeneeded = () => upgrade?.(r.result);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
  const source = await open('crosscheck');
  const read = source.transaction(['documents', 'sentences', 'postings', 'texts']);
  const [documents, sentences, postings, texts] = await Promise.all([
    request(read.objectStore('documents').index('byImportedAt').getAll()),
    request(read.objectStore('sentences').getAll()),
    request(read.objectStore('postings').getAll()),
    request(read.objectStore('texts').getAll()),
  ]);
  source.close();
  await new Promise((ok) => {
    const r = indexedDB.deleteDatabase('bench-raw');
    r.onsuccess = r.onerror = ok;
  });
  const target = await open('bench-raw', (db) => {
    const d = db.createObjectStore('documents', { keyPath: 'id' });
    d.createIndex('byBand', 'bands', { multiEntry: true });
    d.createIndex('byOutlet', 'outlet');
    d.createIndex('byImportedAt', 'importedAt');
    db.createObjectStore('sentences', { keyPath: 'id' }).createIndex('byDocument', 'docId');
    db.createObjectStore('postings', { keyPath: 'term' });
    db.createObjectStore('texts', { keyPath: 'id' });
  });
  const sentencesByDocument = new Map<string, unknown[]>();
  for (const sentence of sentences as { docId: string }[]) {
    const list = sentencesByDocument.get(sentence.docId) ?? [];
    list.push(sentence);
    sentencesByDocument.set(sentence.docId, list);
  }
  const textById = new Map((texts as { id: string }[]).map((t) => [t.id, t]));
  const started = performance.now();
  for (let i = 0; i < documents.length; i += batchSize) {
    const tx = target.transaction(['documents', 'sentences', 'texts', 'postings'], 'readwrite');
    for (const document of documents.slice(i, i + batchSize) as { id: string }[]) {
      tx.objectStore('documents').put(document);
      for (const sentence of sentencesByDocument.get(document.id) ?? []) {
        tx.objectStore('sentences').put(sentence);
      }
      const text = textById.get(document.id);
      if (text) tx.objectStore('texts').put(text);
    }
    // The postings the import rewrote per batch are written once here, in share with the batches:
    // the raw side does not even pay for growing lists.
    const share = Math.ceil(postings.length / Math.ceil(documents.length / batchSize));
    const from = (i / batchSize) * share;
    for (const posting of postings.slice(from, from + share))
      tx.objectStore('postings').put(posting);
    await done(tx);
  }
  const ms = performance.now() - started;
  target.close();
  return { ms, documents: documents.length };
}

async function main(): Promise<void> {
  const rows: {
    importPerSecond: number;
    rawPerSecond: number;
    ratio: number;
    longTasks: number[];
    log: ImportLog;
  }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const browser = await launchChromium({
      extensionDir: builtExtension('chrome-e2e'),
      offline: true,
    });
    try {
      const page = await browser.context.newPage();
      const logged = new Promise<ImportLog>((resolveLog) => {
        page.on('console', (message) => {
          const text = message.text();
          if (text.startsWith('Crosscheck import: ')) {
            resolveLog(JSON.parse(text.slice('Crosscheck import: '.length)) as ImportLog);
          }
        });
      });
      await page.goto(browser.extensionUrl('src/options/index.html'));
      // What the browser itself costs the page: handing a 2,096-file folder to any listener of a
      // bare <input webkitdirectory> is one long main-thread task (Chromium makes the File
      // objects), before any code of ours runs. Measured apart, so the import's own count is clear.
      await page.evaluate(() => {
        const scope = globalThis as unknown as { handoverTasks: number[] };
        scope.handoverTasks = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) scope.handoverTasks.push(entry.duration);
        });
        observer.observe({ type: 'longtask' });
        const input = document.createElement('input');
        input.type = 'file';
        input.webkitdirectory = true;
        input.dataset.testid = 'bench-bare-folder';
        input.addEventListener('change', () => {
          input.remove();
          setTimeout(() => observer.disconnect(), 500);
        });
        document.body.append(input);
      });
      await page.getByTestId('bench-bare-folder').setInputFiles(bbcFolder);
      await page.waitForTimeout(1000);
      const handoverTasks = await page.evaluate(
        () => (globalThis as unknown as { handoverTasks: number[] }).handoverTasks,
      );
      // The page must stay responsive: record its long main-thread tasks during the import.
      await page.evaluate(() => {
        const scope = globalThis as unknown as { longTasks: number[]; longTaskAt: number[] };
        scope.longTasks = [];
        scope.longTaskAt = [];
        const start = performance.now();
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            scope.longTasks.push(entry.duration);
            scope.longTaskAt.push(entry.startTime - start);
          }
        }).observe({ type: 'longtask' });
      });
      await page.getByTestId('import-folder').setInputFiles(bbcFolder);
      const log = await logged;
      const { longTasks, longTaskAt } = await page.evaluate(() => {
        const scope = globalThis as unknown as { longTasks: number[]; longTaskAt: number[] };
        return { longTasks: scope.longTasks, longTaskAt: scope.longTaskAt };
      });
      // tsx compiles with esbuild's keepNames, whose __name helper the page does not have.
      await page.evaluate('globalThis.__name = (f) => f');
      const raw = await page.evaluate(rawPut, 100);
      const importPerSecond = log.added / (log.timings.total / 1000);
      const rawPerSecond = raw.documents / (raw.ms / 1000);
      console.log(
        `  the browser handing the folder to a bare input: long tasks ${handoverTasks.map((ms) => `${Math.round(ms)} ms`).join(', ') || 'none'}`,
      );
      rows.push({
        importPerSecond,
        rawPerSecond,
        ratio: importPerSecond / rawPerSecond,
        longTasks,
        log,
      });
      const t = log.timings;
      console.log(
        `run ${run + 1}: import ${log.added} articles (+${log.duplicates} duplicates, ${log.failed} failed) in ${Math.round(t.total)} ms = ${Math.round(importPerSecond)}/s ` +
          `[read ${Math.round(t.read)}, parse ${Math.round(t.parse)}, prepare ${Math.round(t.prepare)}, store ${Math.round(t.store)}, page waiting for the worker ${Math.round(t.wait ?? 0)} ms]; ` +
          `longest main-thread task ${Math.round(Math.max(0, ...longTasks))} ms (${longTasks.length} over 50 ms: ${longTasks.map((ms, i) => `${Math.round(ms)} ms at ${((longTaskAt[i] ?? 0) / 1000).toFixed(1)} s`).join(', ')}); ` +
          `raw put ${raw.documents} in ${Math.round(raw.ms)} ms = ${Math.round(rawPerSecond)}/s; ratio ${(importPerSecond / rawPerSecond).toFixed(2)}`,
      );
    } finally {
      await browser.close();
    }
  }
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const result = {
    importArticlesPerSecond: Math.round(median(rows.map((r) => r.importPerSecond))),
    rawPutArticlesPerSecond: Math.round(median(rows.map((r) => r.rawPerSecond))),
    ratio: Number(median(rows.map((r) => r.ratio)).toFixed(2)),
    // Main-thread tasks over 50 ms during the import, the worst run's: how many, and the longest.
    longTasks: Math.max(...rows.map((r) => r.longTasks.length)),
    longestTaskMs: Math.round(Math.max(0, ...rows.flatMap((r) => r.longTasks))),
  };
  console.log(
    `import (median of ${RUNS}): ${result.importArticlesPerSecond} articles/s; raw IndexedDB put: ${result.rawPutArticlesPerSecond} articles/s; ratio ${result.ratio}; ` +
      `main-thread long tasks (worst run): ${result.longTasks}, longest ${result.longestTaskMs} ms ` +
      `(targets: ≥ 500 articles/s, ≥ 0.5 of raw)`,
  );
  console.log(JSON.stringify({ bench: 'import', ...result }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
