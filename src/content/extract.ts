import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../messages/protocol';
import { articleTextFromHtml } from '../dom/article-text';

/** The page's article via Readability, run on a clone so the live page is never touched. */
export function extractArticle(doc: Document, url: string): ExtractedArticle | null {
  if (!isProbablyReaderable(doc)) return null;
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  if (!parsed?.content) return null;
  const text = articleTextFromHtml(parsed.content, doc);
  if (!text) return null;
  return {
    url,
    title: parsed.title?.trim() || doc.title,
    text,
    source: 'readability',
    siteName: parsed.siteName?.trim() || null,
    byline: parsed.byline?.trim() || null,
    published: parsed.publishedTime?.trim() || null,
  };
}

/** The reader's selection as the article, for pages Readability cannot read. */
export function extractSelection(doc: Document, url: string): ExtractedArticle | null {
  const text = doc.getSelection()?.toString().trim();
  if (!text) return null;
  return { url, title: doc.title, text, source: 'selection' };
}
