import { errorMessage } from '../core';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CorpusStats, CorpusStore } from '../core';
import type { HtmlTools } from '../importers/registry';
import type { CorpusAdmin, DocumentPage, OriginAdmin, OutletCount } from '../storage';
import { t } from '../ui/i18n';
import { CorpusTotals } from './components/corpus-totals';
import { DocumentView } from './components/document-view';
import { DocumentTable, PAGE_SIZE, type ListQuery } from './components/document-table';
import { ImportPanel } from './components/import-panel';
import { ImportStatus } from './components/import-status';
import { OriginGroups } from './components/origin-groups';
import { OutletList } from './components/outlet-list';
import { TranslationPanel } from './components/translation-panel';
import type { TranslatorApi } from '../platform/translator';
import { exportFileName, exportJsonl } from './export-jsonl';
import {
  importFiles,
  startingProgress,
  type ImportProgress,
  type ImportTarget,
} from './import-files';
import { inputsFromDrop, type ImportInput } from './import-source';

/** Everything the corpus page asks of the extension; tests pass their own. */
export interface CorpusPageActions {
  store(): Promise<CorpusStore>;
  /** Where imports write (a worker in the extension, so the page stays responsive). */
  importTarget(): ImportTarget;
  admin(): Promise<CorpusAdmin>;
  /** Origin groups and the reader's corrections to them; the page lists them when given. */
  origins?(): Promise<OriginAdmin>;
  sampleFiles(): Promise<ImportInput[]>;
  /** Tells the background that cached results are stale. */
  corpusChanged(): Promise<void>;
  download(blob: Blob, fileName: string): void;
  confirm(question: string): boolean;
  htmlTools: HtmlTools;
  /** The browser's on-device Translator API, where it has one (offered, never used unasked). */
  translator?(): TranslatorApi | undefined;
}

const EMPTY_PAGE: DocumentPage = { documents: [], total: 0 };

export function CorpusPage({
  actions,
  autoImportSamples,
  documentId = null,
}: {
  actions: CorpusPageActions;
  autoImportSamples: boolean;
  /** A document to show in full (the popup's "Open in corpus" link). */
  documentId?: string | null;
}) {
  const [shownDocument, setShownDocument] = useState<string | null>(documentId);
  const [stats, setStats] = useState<CorpusStats | null>(null);
  const [storageUsed, setStorageUsed] = useState<number | null>(null);
  const [outlets, setOutlets] = useState<OutletCount[]>([]);
  const [page, setPage] = useState<DocumentPage>(EMPTY_PAGE);
  const [query, setQuery] = useState<ListQuery>({ search: '', outlet: null, offset: 0 });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const importing = useRef<AbortController | null>(null);
  const startedSamples = useRef(false);
  const running = progress?.state === 'running';

  const refresh = useCallback(async () => {
    const [store, admin] = await Promise.all([actions.store(), actions.admin()]);
    const [newStats, newOutlets, newPage, used] = await Promise.all([
      store.stats(),
      admin.outlets(),
      admin.browse({
        search: query.search,
        outlet: query.outlet ?? undefined,
        offset: query.offset,
        limit: PAGE_SIZE,
      }),
      admin.storageUsed(),
    ]);
    setStats(newStats);
    setOutlets(newOutlets);
    setPage(newPage);
    setStorageUsed(used);
  }, [actions, query]);

  useEffect(() => {
    refresh().catch((failure: unknown) => setError(errorMessage(failure)));
  }, [refresh]);

  /** Runs a change to the corpus, then tells the background and reloads what the page shows. */
  const change = useCallback(
    async (work: () => Promise<unknown>) => {
      setBusy(true);
      setError(null);
      try {
        await work();
        await actions.corpusChanged();
      } catch (failure) {
        setError(errorMessage(failure));
      } finally {
        setBusy(false);
        await refresh().catch(() => undefined);
      }
    },
    [actions, refresh],
  );

  const runImport = useCallback(
    async (inputs: ImportInput[]) => {
      if (importing.current) return;
      const controller = new AbortController();
      importing.current = controller;
      await change(async () => {
        const store = actions.importTarget();
        setProgress(startingProgress(inputs.length));
        const result = await importFiles(inputs, store, setProgress, {
          signal: controller.signal,
          tools: actions.htmlTools,
        });
        // One line for whoever looks into a slow import (and for the import benchmark).
        console.info(
          `Crosscheck import: ${JSON.stringify({ ...result, failed: result.failed.length })}`,
        );
      });
      importing.current = null;
    },
    [actions, change],
  );

  useEffect(() => {
    if (autoImportSamples && !startedSamples.current) {
      startedSamples.current = true;
      void actions.sampleFiles().then(runImport);
    }
  }, [actions, autoImportSamples, runImport]);

  const select = (ids: string[], on: boolean) =>
    setSelected((before) => {
      const next = new Set(before);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const deleteDocuments = (ids: string[]) => {
    if (ids.length > 1 && !actions.confirm(t('optionsConfirmDeleteSome'))) return;
    void change(async () => {
      await (await actions.store()).deleteDocuments(ids);
      select(ids, false);
    });
  };

  const deleteOutlet = (outlet: string) => {
    if (!actions.confirm(t('optionsConfirmDeleteOutlet'))) return;
    void change(async () => {
      const ids = await (await actions.admin()).idsOfOutlet(outlet);
      await (await actions.store()).deleteDocuments(ids);
      select(ids, false);
      if (query.outlet === outlet) setQuery({ ...query, outlet: null, offset: 0 });
    });
  };

  const deleteAll = () => {
    if (!actions.confirm(t('optionsConfirmDeleteAll'))) return;
    void change(async () => {
      await (await actions.store()).clear();
      setSelected(new Set());
      setProgress(null);
      setQuery({ search: '', outlet: null, offset: 0 });
    });
  };

  const renameOutlet = (from: string, to: string) =>
    void change(async () => {
      await (await actions.admin()).renameOutlet(from, to);
      if (query.outlet === from) setQuery({ ...query, outlet: to });
    });

  const exportDocuments = async (ids?: string[]) => {
    try {
      const records = await (await actions.admin()).exportRecords(ids);
      const { blob, linksDropped } = exportJsonl(records);
      actions.download(blob, exportFileName());
      setNotice(linksDropped ? t('exportLinksDropped', linksDropped) : null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <main
      class={dragging ? 'corpus-page dragging' : 'corpus-page'}
      data-testid="corpus-page"
      onDragOver={(event) => {
        event.preventDefault();
        if (!running) setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        if (running || !event.dataTransfer) return;
        inputsFromDrop(event.dataTransfer)
          .then((inputs) => (inputs.length ? runImport(inputs) : undefined))
          .catch((failure: unknown) => setError(errorMessage(failure)));
      }}
    >
      <h1>{t('optionsTitle')}</h1>
      {shownDocument && (
        <DocumentView
          documentId={shownDocument}
          admin={actions.admin}
          onClose={() => setShownDocument(null)}
        />
      )}
      <CorpusTotals stats={stats} storageUsed={storageUsed} />
      <ImportPanel
        running={running}
        onInputs={(inputs) => void runImport(inputs)}
        onSamples={() => void actions.sampleFiles().then(runImport)}
      />
      {progress && <ImportStatus progress={progress} onCancel={() => importing.current?.abort()} />}
      {notice && (
        <p role="status" data-testid="export-notice">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <section class="corpus-actions">
        <button
          type="button"
          data-testid="export-all"
          disabled={running || !stats?.documents}
          onClick={() => void exportDocuments()}
        >
          {t('optionsExportAll')}
        </button>
        <button
          type="button"
          data-testid="delete-all"
          disabled={running || busy || !stats?.documents}
          onClick={deleteAll}
        >
          {t('optionsClear')}
        </button>
      </section>
      <OutletList
        outlets={outlets}
        busy={busy || running}
        onRename={renameOutlet}
        onDelete={deleteOutlet}
      />
      <DocumentTable
        page={page}
        query={query}
        outlets={outlets}
        selected={selected}
        busy={busy || running}
        onQuery={setQuery}
        onSelect={select}
        onDelete={deleteDocuments}
        onExport={(ids) => void exportDocuments(ids)}
      />
      <TranslationPanel api={actions.translator?.()} />
      {actions.origins && (
        <OriginGroups
          admin={actions.origins}
          version={stats}
          onChanged={() => void actions.corpusChanged()}
        />
      )}
    </main>
  );
}
