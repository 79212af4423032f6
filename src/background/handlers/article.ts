import { checkArticle, documentId, errorMessage, loadEngineResources } from '../../core';
import { readPackagedAsset } from '../../platform/read-packaged-asset';
import type { RequestOf, TabCheckState } from '../../messages/protocol';
import { onDeviceTranslator } from '../../platform/translator';
import { corpusStore } from '../../storage';
import { showBadge } from '../badge';
import { rememberArticle } from '../last-article';
import { CANCELLED_MESSAGE, articleArrived, isCancelled, settleTab } from '../pending-checks';
import { sourceDetails } from '../source-details';
import { setTabState } from '../tab-states';

// Chrome's on-device translator where it has a model on the machine; otherwise the engine's lexicon.
const translator = onDeviceTranslator();

/** The content script sent the page's article: check it against the corpus. */
export async function articleHandler(
  article: RequestOf<'cs-bg-article'>,
  tabId: number,
): Promise<TabCheckState> {
  if (!('noArticle' in article)) rememberArticle(tabId, article);
  const generation = articleArrived(tabId);
  const state = await checkExtracted(article);
  // Cancelled from the popup while the engine ran: keep nothing of it (no highlights, no badge).
  if (isCancelled(tabId, generation)) return { state: 'error', message: CANCELLED_MESSAGE };
  await setTabState(tabId, state);
  await showBadge(tabId, state);
  settleTab(tabId, state);
  return state;
}

async function checkExtracted(article: RequestOf<'cs-bg-article'>): Promise<TabCheckState> {
  if ('noArticle' in article) return { state: 'no-article', url: article.url };
  try {
    const store = await corpusStore();
    const { documents } = await store.stats();
    if (documents === 0) return { state: 'empty-corpus' };
    // If this very page is in the corpus (added with "Add this page" or imported), it has the id
    // of its text and must not corroborate itself.
    const loading = performance.now();
    // Once per worker start; the judge's parameters assume the word meaning it was fitted with.
    await loadEngineResources(readPackagedAsset);
    const started = performance.now();
    const report = await checkArticle(
      { title: article.title, text: article.text, documentId: documentId(article.text) },
      store,
      { translate: translator },
    );
    const checked = performance.now();
    const sources = await sourceDetails(report, store);
    return {
      state: 'done',
      url: article.url,
      page: {
        url: article.url,
        siteName: article.siteName ?? null,
        byline: article.byline ?? null,
        published: article.published ?? null,
      },
      report,
      sources,
      corpusDocuments: documents,
      checkedAt: Date.now(),
      timings: {
        resources: started - loading,
        check: checked - started,
        sources: performance.now() - checked,
      },
    };
  } catch (error) {
    console.error('Crosscheck: check failed', error);
    return {
      state: 'error',
      message: `The check failed: ${errorMessage(error)}`,
    };
  }
}
