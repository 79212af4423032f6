import { render } from 'preact';
import { appRoot } from '../ui/app-root';
import { sendToBackground } from '../messages/client';
import { corpusStore } from '../storage';
import { CorpusPage, type CorpusPageActions } from './app';
import { sampleCorpusFiles } from './sample-corpus';
import './options.css';

const actions: CorpusPageActions = {
  store: corpusStore,
  sampleFiles: sampleCorpusFiles,
  async corpusChanged() {
    await sendToBackground('options-bg-corpus-changed', {});
  },
};

// Ask the browser not to evict the corpus under storage pressure.
void navigator.storage?.persist?.();

render(
  <CorpusPage actions={actions} autoImportSamples={location.hash === '#import-samples'} />,
  appRoot(),
);
