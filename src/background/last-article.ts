import type { ExtractedArticle } from '../messages/protocol';

// The article the content script last extracted in each tab, so "Add this page" stores exactly
// the text that was checked (same text, same document id: the page then never corroborates
// itself). Memory only: after the service worker restarts, adding a page extracts it again.
const articles = new Map<number, ExtractedArticle>();

/** Called by the cs-bg-article handler for every extracted article. */
export function rememberArticle(tabId: number, article: ExtractedArticle): void {
  articles.set(tabId, article);
}

/** The tab's last extracted article, if it was extracted from this address. */
export function lastArticle(tabId: number, url: string | undefined): ExtractedArticle | null {
  const article = articles.get(tabId);
  return article && (url === undefined || article.url === url) ? article : null;
}

export function forgetArticle(tabId: number): void {
  articles.delete(tabId);
}
