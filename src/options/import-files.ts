import { errorMessage } from '../core';
import {
  expandInput,
  problemOf,
  readFile,
  sizeLimitFor,
  tooLargeReason,
  type HtmlTools,
  type ImportProblem,
} from '../importers/registry';
import type { ImportInput } from './import-source';
import {
  prepareAndStore,
  type BatchResult,
  type DocumentSink,
  type RawItem,
} from './prepare-batch';

export type { ImportInput } from './import-source';
export type { BatchResult, DocumentSink, RawItem } from './prepare-batch';

/** Where the import sends parsed documents: it prepares and stores them (the import worker in the
 *  extension). A plain store (DocumentSink) is also accepted: documents are then prepared here. */
export interface ImportTarget {
  importDocuments(items: RawItem[]): Promise<BatchResult>;
}

export interface ImportProgress {
  state: 'running' | 'done' | 'cancelled' | 'stopped';
  /** Files read so far (archive entries count as files) and files known so far. */
  done: number;
  total: number;
  added: number;
  duplicates: number;
  /** Every file, or record of a file, that was not imported, with the reason. */
  failed: ImportProblem[];
  /** Documents imported with a change the reader should know of (a title cut, a link or a date
   *  left out), named like failures. */
  warnings: ImportProblem[];
  /** Estimated seconds left, once there is enough to go on. */
  secondsLeft: number | null;
  /** Why the import stopped early (the storage quota, a broken database), when it did. */
  error: string | null;
  /** Where the time went (ms), for the benchmark and for finding what is slow. */
  timings: ImportTimings;
}

export interface ImportTimings {
  /** Waiting for file contents (beyond what read-ahead hid). */
  read: number;
  /** Decoding and parsing files into raw documents. */
  parse: number;
  /** core.prepareDocument: sentences, claims, terms, signature (in the import worker, where it
   *  overlaps with reading and parsing). */
  prepare: number;
  /** store.addDocuments transactions with origin grouping (in the worker, overlapping too). */
  store: number;
  /** The page waiting for the worker to take the next batch (the worker is the bottleneck). */
  wait: number;
  total: number;
}

export interface ImportOptions {
  signal?: AbortSignal;
  tools?: HtmlTools;
  /** Documents per transaction: a closed page loses at most one batch, and a re-run skips what
   *  was stored (same ids), so the import resumes where it stopped. Each batch rereads and
   *  rewrites the posting list of each of its terms, so bigger is faster (1,000 rather than 500:
   *  150 → 156 articles/s in scripts/bench-import.ts, within noise; the band lookups of origin
   *  grouping, one per document and band, do not shrink with the batch). */
  batchSize?: number;
}

/** How long to work before letting the page paint and answer clicks (ms). */
const SLICE_MS = 25;
/** How long to add up file sizes before letting the page have a turn (ms). */
const SIZE_SLICE_MS = 5;
/** How often progress is reported (ms): each report re-renders the page. */
const REPORT_MS = 150;
/** Batches sent and not yet stored: one being stored, one being prepared, so the worker always
 *  has the next batch while the page parses the one after. */
const IN_FLIGHT = 2;
/** Documents per batch sent to the worker: small enough that the added and duplicate counts move
 *  every second or so on a large folder (storing, not reading, is most of an import). */
const BATCH_SIZE = 250;
/** Files read ahead of the one being parsed, so disk reads overlap with parsing. */
const READ_AHEAD = 8;

/** The progress of an import of `total` files that has not read any yet. */
export function startingProgress(total: number): ImportProgress {
  return {
    state: 'running',
    done: 0,
    total,
    added: 0,
    duplicates: 0,
    failed: [],
    warnings: [],
    secondsLeft: null,
    error: null,
    timings: { read: 0, parse: 0, prepare: 0, store: 0, wait: 0, total: 0 },
  };
}

/**
 * Imports files into the store: each file succeeds or fails on its own, archives are opened and
 * their files imported one by one, documents are sent to the target in batches (one transaction
 * each), which prepares them off the page. Reads and parses in time slices so the page stays
 * responsive, and reports progress every REPORT_MS at most.
 * Resolves with the final progress; storage errors (a full quota) stop the import and are
 * reported in `error`, never swallowed.
 */
export async function importFiles(
  inputs: ImportInput[],
  target: ImportTarget | DocumentSink,
  onProgress: (progress: ImportProgress) => void,
  { signal, tools = {}, batchSize = BATCH_SIZE }: ImportOptions = {},
): Promise<ImportProgress> {
  const store: ImportTarget =
    'importDocuments' in target
      ? target
      : { importDocuments: (items) => prepareAndStore(target, items) };
  const progress = startingProgress(inputs.length);
  const timings = progress.timings;
  const timed = async <T>(phase: 'read' | 'wait', work: () => Promise<T>) => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      timings[phase] += performance.now() - start;
    }
  };
  const startedAt = performance.now();
  // The total size, for the time estimate, added up in the background: the size of a picked File
  // is a synchronous file-system call, and 2,000 of them in a row froze the page for 0.5 s.
  let knownBytes = 0;
  let sized = 0;
  void (async () => {
    while (sized < inputs.length && progress.state === 'running') {
      const until = performance.now() + SIZE_SLICE_MS;
      while (sized < inputs.length && performance.now() < until)
        knownBytes += inputs[sized++]?.size ?? 0;
      await yieldToPage();
    }
  })();
  let bytesDone = 0;
  // Documents read so far, and those the worker has answered for (stored, duplicate or refused):
  // the estimate follows the slower of reading and storing.
  let documentsRead = 0;
  let documentsAnswered = 0;
  let batch: RawItem[] = [];
  let sliceStart = performance.now();
  let reportedAt = -Infinity;

  const report = () => {
    reportedAt = performance.now();
    // By bytes once every size is known, by files until then.
    const sizes = sized === inputs.length ? knownBytes : 0;
    progress.secondsLeft = estimateSecondsLeft(
      progress,
      bytesDone,
      sizes,
      startedAt,
      documentsRead ? documentsAnswered / documentsRead : 0,
    );
    timings.total = performance.now() - startedAt;
    onProgress(snapshot());
  };
  // Batches in flight while the next is parsed: the worker prepares and stores them in order.
  // At most IN_FLIGHT at a time, so a storage failure stops the import within a batch or two.
  const writing: Promise<void>[] = [];
  let writeError: unknown = null;
  const settleWrites = async (keep = 0) => {
    while (writing.length > keep) await writing.shift();
    if (writeError) throw writeError;
  };
  const flush = async () => {
    await timed('wait', () => settleWrites(IN_FLIGHT - 1));
    if (!batch.length) return;
    const items = batch;
    batch = [];
    writing.push(
      store.importDocuments(items).then(
        (result) => {
          progress.added += result.added.length;
          progress.duplicates += result.duplicates.length;
          progress.failed.push(...result.failed);
          timings.prepare += result.timings.prepare;
          timings.store += result.timings.store;
          documentsAnswered += items.length;
          // Each stored batch is news, even while nothing is being read.
          if (progress.state === 'running') report();
        },
        (error: unknown) => {
          writeError ??= error;
        },
      ),
    );
  };
  const snapshot = (): ImportProgress => ({
    ...progress,
    failed: [...progress.failed],
    warnings: [...progress.warnings],
    timings: { ...timings },
  });
  const parseOne = (path: string, bytes: Uint8Array) => {
    const parseStart = performance.now();
    const result = readFile(path, bytes, tools);
    if (result.error) progress.failed.push({ file: path, reason: result.error });
    progress.failed.push(...result.problems);
    progress.warnings.push(...result.warnings);
    result.documents.forEach((raw, i) => batch.push({ file: result.labels[i] ?? path, raw }));
    documentsRead += result.documents.length;
    timings.parse += performance.now() - parseStart;
  };
  const pause = async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    if (performance.now() - reportedAt >= REPORT_MS) report();
    await yieldToPage();
    sliceStart = performance.now();
  };

  const reads = new Map<number, Promise<Uint8Array>>();
  const readAhead = (from: number) => {
    for (let i = from; i < Math.min(inputs.length, from + READ_AHEAD); i++) {
      const input = inputs[i];
      if (!input || reads.has(i) || tooLarge(input)) continue;
      const read = input.read();
      read.catch(() => undefined); // handled when its turn comes
      reads.set(i, read);
    }
  };

  try {
    for (let i = 0; i < inputs.length; i++) {
      if (signal?.aborted) return await cancelled();
      const input = inputs[i];
      if (!input) continue;
      readAhead(i);
      const read = reads.get(i);
      reads.delete(i);
      bytesDone += input.size ?? 0;
      if (!read) {
        progress.failed.push({
          file: input.name,
          reason: tooLargeReason(input.name, input.size ?? 0),
        });
        progress.done++;
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = await timed('read', () => read);
      } catch (error) {
        progress.failed.push(problemOf(input.name, error));
        progress.done++;
        continue;
      }
      const parseStart = performance.now();
      const parts = expandInput(input.name, bytes);
      timings.parse += performance.now() - parseStart;
      // An archive stands for its entries in the counts.
      progress.total += parts.length - 1;
      for (const part of parts) {
        if (signal?.aborted) return await cancelled();
        if ('bytes' in part) parseOne(part.name, part.bytes);
        else if (part.error) progress.failed.push({ file: part.file, reason: part.error });
        progress.done++;
        if (batch.length >= batchSize) await flush();
        await pause();
      }
      if (batch.length >= batchSize) await flush();
      await pause();
    }
    await flush();
    await timed('wait', () => settleWrites());
    return finish('done');
  } catch (error) {
    // What was sent before the failure is let finish, so the counts say what is stored.
    await Promise.all(writing);
    progress.error = storageErrorMessage(error, progress.added);
    return finish('stopped');
  }

  /** Cancelled: the batches sent are let finish (each is whole or nothing anyway), the batch
   *  being gathered is dropped. */
  async function cancelled(): Promise<ImportProgress> {
    await settleWrites();
    return finish('cancelled');
  }

  function finish(state: ImportProgress['state']): ImportProgress {
    progress.state = state;
    progress.secondsLeft = null;
    report();
    return snapshot();
  }
}

const tooLarge = (input: ImportInput) =>
  input.size !== undefined && input.size > sizeLimitFor(input.name);

/** Time left from the rate so far: by bytes when sizes are known (files vary a lot), else by
 *  files, and no sooner than the documents read are stored (`storedShare`: the share of the
 *  documents read so far that the worker has answered for). Null until both have begun. */
export function estimateSecondsLeft(
  progress: Pick<ImportProgress, 'done' | 'total'>,
  bytesDone: number,
  knownBytes: number,
  startedAt: number,
  storedShare: number,
  now = performance.now(),
): number | null {
  const elapsed = (now - startedAt) / 1000;
  if (elapsed < 0.5 || progress.done === 0) return null;
  const read =
    knownBytes > 0 ? Math.min(1, bytesDone / knownBytes) : progress.done / progress.total;
  // What is stored is the part of what was read that the worker has answered for.
  const fraction = read * Math.min(1, storedShare);
  if (fraction <= 0) return null;
  return Math.max(0, Math.round((elapsed / fraction) * (1 - fraction)));
}

export function storageErrorMessage(error: unknown, added: number): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = errorMessage(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return `The browser has no more storage for the corpus (quota exceeded) after ${added} documents. Free some disk space or delete part of the corpus, then import again: what is stored is kept and skipped.`;
  }
  return `Storing the documents failed after ${added} were stored: ${message}. Import again to finish: what is stored is skipped.`;
}

/** Gives the page a turn (paint, input) without the 4 ms clamp of nested setTimeout. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
