// HTML on the corpus page: a Manifest V3 service worker has no DOMParser, so saved pages and feed
// content are read here, with the same Readability extraction and paragraph rebuilding the content
// script uses on a live page (so a saved page and the page added from the popup get the same id).
import { Readability } from '@mozilla/readability';
import { articleTextFromHtml } from '../dom/article-text';
import type { HtmlArticle, HtmlTools } from '../importers/registry';

const parser = new DOMParser();

/** A saved page → its article with the metadata of its <head>; null when nothing readable. */
export function htmlToArticle(html: string): HtmlArticle | null {
  // DOMParser documents are inert: no scripts run and nothing is fetched.
  const doc = parser.parseFromString(html, 'text/html');
  const canonical =
    doc.querySelector('link[rel=canonical]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  const language = doc.documentElement.getAttribute('lang');
  const parsed = new Readability(doc).parse();
  const text = parsed?.content ? articleTextFromHtml(parsed.content, document) : '';
  if (!text) return null;
  return {
    title: parsed?.title?.trim() || doc.title || text.split('\n')[0]?.slice(0, 120) || '',
    text,
    language: parsed?.lang || language,
    siteName: parsed?.siteName?.trim() || null,
    byline: parsed?.byline?.trim() || null,
    published: parsed?.publishedTime?.trim() || null,
    url: canonical && /^https?:\/\//i.test(canonical) ? canonical : null,
  };
}

/** A fragment (feed item content, a CSV html cell) → paragraphs of text. */
export function htmlToText(html: string): string {
  return articleTextFromHtml(html, document);
}

export const pageHtmlTools: HtmlTools = { htmlToArticle, htmlToText };
