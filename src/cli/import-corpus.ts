import type { CorpusStore, PreparedDocument } from '../core';
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

/** Imports every file under each path into the store, each file succeeding or failing on its
 *  own, as the corpus page does (same registry, same preparation). Throws UsageError only when a
 *  path is not there at all. */
export async function importCorpus(store: CorpusStore, paths: string[]): Promise<CorpusReport> {
  const report: CorpusReport = { documents: 0, duplicates: 0, files: [] };
  const files = paths.flatMap((path) => corpusEntries(path));
  for (const file of files) {
    for (const result of readCorpusFile(file)) {
      const line = await storeFile(store, result);
      report.documents += line.documents;
      report.duplicates += line.duplicates;
      report.files.push(line);
    }
  }
  return report;
}

async function storeFile(store: CorpusStore, result: FileResult): Promise<FileReport> {
  const problems: ImportProblem[] = [...result.problems];
  const prepared: PreparedDocument[] = [];
  result.documents.forEach((raw, i) => {
    try {
      prepared.push(prepareImported(raw));
    } catch (error) {
      problems.push({ file: result.labels[i] ?? result.file, reason: reasonOf(error) });
    }
  });
  const stored = prepared.length
    ? await store.addDocuments(prepared)
    : { added: [], duplicates: [] };
  // A problem named by the file alone is the file's: its one document was refused.
  const whole = problems.find((problem) => problem.file === result.file);
  const error = result.error ?? (prepared.length === 0 && whole ? whole.reason : null);
  const place = (problem: ImportProblem) =>
    problem.file.startsWith(`${result.file}, `)
      ? `${problem.file.slice(result.file.length + 2)}: ${problem.reason}`
      : problem.reason;
  return {
    file: result.file,
    documents: stored.added.length,
    duplicates: stored.duplicates.length,
    error,
    warnings: [
      ...problems.filter((problem) => problem !== whole || !error),
      ...result.warnings,
    ].map(place),
  };
}

/** What `check` says of the corpus: its size, and each file or record not imported. */
export function failuresOf(report: CorpusReport): { file: string; reason: string }[] {
  return report.files.flatMap((file) => {
    if (file.error) return [{ file: file.file, reason: file.error }];
    return [];
  });
}
