import browser from 'webextension-polyfill';
import { prepareDocument, errorMessage } from '../../core';
import type { AddPageResult, RequestOf } from '../../messages/protocol';
import { corpusStore } from '../../storage';
import { lastArticle } from '../last-article';
import { forgetAllTabs } from '../tab-states';
import { checkTab } from './check-tab';

/**
 * popup → background: add the article on this tab to the corpus. Uses the article the last check
 * extracted; when there is none for the tab's current address, checks the tab first (which runs
 * the content script's Readability extraction). HTML never has to be parsed here: a Manifest V3
 * service worker has no DOMParser.
 */
export async function addPage({ tabId }: RequestOf<'popup-bg-add-page'>): Promise<AddPageResult> {
  try {
    const url = (await browser.tabs.get(tabId)).url;
    let article = lastArticle(tabId, url);
    if (!article) {
      const state = await checkTab({ tabId });
      if (state.state === 'error') return { state: 'error', message: state.message };
      article = lastArticle(tabId, url);
    }
    if (!article) return { state: 'no-article' };
    const prepared = prepareDocument({
      title: article.title,
      text: article.text,
      url: article.url,
      outlet: article.siteName || hostOf(article.url),
      published: article.published ?? null,
      file: null,
    });
    const store = await corpusStore();
    const { added } = await store.addDocuments([{ ...prepared, text: article.text }]);
    // Results computed without this page in the corpus are stale.
    if (added.length) await forgetAllTabs();
    return {
      state: added.length ? 'added' : 'duplicate',
      documentId: prepared.document.id,
      title: prepared.document.title,
    };
  } catch (error) {
    return { state: 'error', message: errorMessage(error) };
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
