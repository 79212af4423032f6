import { prepareDocument, type CorpusStore, type PreparedDocument } from '../core';
import { parsePlainText } from './read-text-file';

export interface ImportInput {
  name: string;
  read(): Promise<string>;
}

export interface ImportProgress {
  done: number;
  total: number;
  added: number;
  duplicates: number;
  failed: { file: string; reason: string }[];
}

const BATCH_SIZE = 50;
const SUPPORTED = /\.(txt|md)$/i;

/**
 * Imports files into the store in batches, one transaction each, so a closed page loses at most
 * the batch under way and a re-run skips what is already stored. A bad file fails alone.
 */
export async function importFiles(
  files: ImportInput[],
  store: CorpusStore,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportProgress> {
  const progress: ImportProgress = {
    done: 0,
    total: files.length,
    added: 0,
    duplicates: 0,
    failed: [],
  };
  for (let i = 0; i < files.length && !signal?.aborted; i += BATCH_SIZE) {
    const batch: PreparedDocument[] = [];
    for (const file of files.slice(i, i + BATCH_SIZE)) {
      try {
        if (!SUPPORTED.test(file.name)) throw new Error('unsupported file type');
        batch.push(prepareDocument(parsePlainText(file.name, await file.read())));
      } catch (error) {
        progress.failed.push({
          file: file.name,
          reason: error instanceof Error ? error.message : String(error),
        });
      }
      progress.done++;
    }
    const result = await store.addDocuments(batch);
    progress.added += result.added.length;
    progress.duplicates += result.duplicates.length;
    onProgress({ ...progress });
    // Let the page paint and stay responsive between batches.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return progress;
}
