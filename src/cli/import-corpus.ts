import { documentId, type CorpusStore, type PreparedDocument } from '../core';
import { reasonOf, type FileResult, type ImportProblem } from '../importers';
import { prepareImported } from '../importers/prepare';
import { corpusEntries, readCorpusFile } from './read-input';

/** One file's line of `crosscheck import --json` (the CLI contract). */
export interface FileReport {
  file: string;
  documents: number;
  duplicates: number;
  error: string | null;
  warnings: string[];
}

export interface CorpusReport {
  documents: number;
  duplicates: number;
  files: FileReport[];
}

/** Documents are added to the store in batches of about this many, across files: one store write
 *  per batch, not per file. The SQLite index commits each write to its file (every page it
 *  touched): storing the BBC collection (one article a file) took 12 s one file a write, 2.5 s in
 *  batches of 200. */
const BATCH_DOCUMENTS = 200;

/** Imports every file under each path into the store, each file succeeding or failing on its
 *  own, as the corpus page does (same registry, same preparation). Throws UsageError only when a
 *  path is not there at all. */
export async function importCorpus(store: CorpusStore, paths: string[]): Promise<CorpusReport> {
  const report: CorpusReport = { documents: 0, duplicates: 0, files: [] };
  const files = paths.flatMap((path) => corpusEntries(path));
  let pending: { line: FileReport; ids: string[] }[] = [];
  let batch: PreparedDocument[] = [];
  // Each file's documents count as added or duplicate in batch order, as they would file by file.
  const flush = async () => {
    const fresh = new Set(batch.length ? (await store.addDocuments(batch)).added : []);
    for (const { line, ids } of pending) {
      for (const id of ids) {
        if (fresh.delete(id)) line.documents++;
        else line.duplicates++;
      }
      report.documents += line.documents;
      report.duplicates += line.duplicates;
    }
    pending = [];
    batch = [];
  };
  for (const file of files) {
    for (const result of readCorpusFile(file)) {
      // Documents already stored (a re-import into a --db index) are not prepared again: the id
      // is a hash of the text, and preparing is nearly all of an import's time.
      const ids = result.documents.map((raw) => documentId(raw.text));
      const stored = new Set((await store.getDocuments(ids)).map(({ id }) => id));
      const { line, prepared } = prepareFile(result, (i) => stored.has(ids[i] ?? ''));
      report.files.push(line);
      pending.push({ line, ids: prepared.map(({ document }) => document.id) });
      batch.push(...prepared);
      if (batch.length >= BATCH_DOCUMENTS) await flush();
    }
  }
  await flush();
  return report;
}

/** A file's documents prepared for the store, but those `isStored` already (duplicates), and its
 *  report line (the others counted as documents or duplicates once the batch is stored). */
function prepareFile(
  result: FileResult,
  isStored: (index: number) => boolean,
): { line: FileReport; prepared: PreparedDocument[] } {
  const problems: ImportProblem[] = [...result.problems];
  const prepared: PreparedDocument[] = [];
  let known = 0;
  result.documents.forEach((raw, i) => {
    if (isStored(i)) {
      known++;
      return;
    }
    try {
      prepared.push(prepareImported(raw));
    } catch (error) {
      problems.push({ file: result.labels[i] ?? result.file, reason: reasonOf(error) });
    }
  });
  // A problem named by the file alone is the file's: its one document was refused.
  const whole = problems.find((problem) => problem.file === result.file);
  const error =
    result.error ?? (prepared.length === 0 && known === 0 && whole ? whole.reason : null);
  const place = (problem: ImportProblem) =>
    problem.file.startsWith(`${result.file}, `)
      ? `${problem.file.slice(result.file.length + 2)}: ${problem.reason}`
      : problem.reason;
  const line: FileReport = {
    file: result.file,
    documents: 0,
    duplicates: known,
    error,
    warnings: [
      ...problems.filter((problem) => problem !== whole || !error),
      ...result.warnings,
    ].map(place),
  };
  return { line, prepared };
}

/** What `check` says of the corpus: its size, and each file or record not imported. */
export function failuresOf(report: CorpusReport): { file: string; reason: string }[] {
  return report.files.flatMap((file) => {
    if (file.error) return [{ file: file.file, reason: file.error }];
    return [];
  });
}
