import { translatorApi } from '../platform/translator';
import { render } from 'preact';
import { appRoot } from '../ui/app-root';
import { sendToBackground } from '../messages/client';
import { corpusAdmin, corpusStore, originAdmin } from '../storage';
import { CorpusPage, type CorpusPageActions } from './app';
import { downloadBlob } from './export-jsonl';
import { pageHtmlTools } from './html-to-article';
import type { ImportTarget } from './import-files';
import { sampleCorpusFiles } from './sample-corpus';
import { workerStore } from './worker-store';
import './options.css';

// One import worker for the page's lifetime, started on the first import.
let importTarget: ImportTarget | null = null;

const actions: CorpusPageActions = {
  store: corpusStore,
  importTarget: () => (importTarget ??= workerStore(corpusStore)),
  admin: corpusAdmin,
  origins: originAdmin,
  sampleFiles: sampleCorpusFiles,
  async corpusChanged() {
    await sendToBackground('options-bg-corpus-changed', {});
  },
  download: downloadBlob,
  confirm: (question) => window.confirm(question),
  htmlTools: pageHtmlTools,
  translator: translatorApi,
};

// Ask the browser not to evict the corpus under storage pressure.
void navigator.storage?.persist?.();

render(
  <CorpusPage
    actions={actions}
    autoImportSamples={location.hash === '#import-samples'}
    documentId={new URLSearchParams(location.hash.slice(1)).get('document')}
  />,
  appRoot(),
);
