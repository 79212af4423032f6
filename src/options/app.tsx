import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CorpusStats, CorpusStore, DocumentRecord } from '../core';
import { t } from '../ui/i18n';
import { importFiles, type ImportInput, type ImportProgress } from './import-files';

export interface CorpusPageActions {
  store(): Promise<CorpusStore>;
  sampleFiles(): Promise<ImportInput[]>;
  /** Tells the background that cached results are stale. */
  corpusChanged(): Promise<void>;
}

export function CorpusPage({
  actions,
  autoImportSamples,
}: {
  actions: CorpusPageActions;
  autoImportSamples: boolean;
}) {
  const [stats, setStats] = useState<CorpusStats | null>(null);
  const [documents, setDocuments] = useState<DocumentRecord[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const startedSamples = useRef(false);

  const refresh = useCallback(async () => {
    const store = await actions.store();
    setStats(await store.stats());
    setDocuments(await store.listDocuments());
  }, [actions]);

  const runImport = useCallback(
    async (files: ImportInput[]) => {
      setRunning(true);
      setError(null);
      try {
        const store = await actions.store();
        setProgress({ done: 0, total: files.length, added: 0, duplicates: 0, failed: [] });
        setProgress(await importFiles(files, store, setProgress));
        await actions.corpusChanged();
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      } finally {
        setRunning(false);
        await refresh();
      }
    },
    [actions, refresh],
  );

  useEffect(() => {
    void refresh();
    if (autoImportSamples && !startedSamples.current) {
      startedSamples.current = true;
      void actions.sampleFiles().then(runImport);
    }
  }, [actions, autoImportSamples, refresh, runImport]);

  const onFiles = (list: FileList | null) => {
    if (!list?.length) return;
    void runImport([...list].map((file) => ({ name: file.name, read: () => file.text() })));
  };

  const clearAll = async () => {
    const store = await actions.store();
    await store.clear();
    await actions.corpusChanged();
    setProgress(null);
    await refresh();
  };

  return (
    <main class="corpus-page">
      <h1>{t('optionsTitle')}</h1>
      <p data-testid="corpus-totals" class="totals">
        {stats ? `${stats.documents} documents · ${stats.sentences} sentences` : '…'}
      </p>
      <section class="import" aria-label="Import">
        <label class="file-button">
          {t('optionsImportFiles')}
          <input
            type="file"
            multiple
            accept=".txt,.md,text/plain"
            data-testid="import-files"
            disabled={running}
            onChange={(event) => onFiles(event.currentTarget.files)}
          />
        </label>
        <button
          type="button"
          data-testid="import-samples"
          disabled={running}
          onClick={() => void actions.sampleFiles().then(runImport)}
        >
          {t('optionsImportSamples')}
        </button>
        <button
          type="button"
          disabled={running || !stats?.documents}
          onClick={() => void clearAll()}
        >
          {t('optionsClear')}
        </button>
      </section>
      {progress && <ImportStatus progress={progress} running={running} />}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <table class="documents">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Outlet / file</th>
            <th scope="col">Language</th>
            <th scope="col">Sentences</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <tr key={document.id}>
              <td>{document.title}</td>
              <td>{document.outlet ?? document.file}</td>
              <td>{document.language}</td>
              <td>{document.sentenceCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

function ImportStatus({ progress, running }: { progress: ImportProgress; running: boolean }) {
  return (
    <section class="import-status" aria-live="polite">
      <progress max={progress.total} value={progress.done} />
      <p data-testid="import-status">
        {running
          ? `Importing… ${progress.done} of ${progress.total} files`
          : `Imported ${progress.added} documents (${progress.duplicates} duplicates, ${progress.failed.length} failed)`}
      </p>
      {progress.failed.length > 0 && (
        <ul class="failures" data-testid="import-failures">
          {progress.failed.map((failure) => (
            <li key={failure.file}>
              {failure.file}: {failure.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
