import type { RawDocument } from '../../core';
import { ImportError } from './errors';
import type { HtmlTools } from './types';

/** True when text looks like an HTML page (for files without a telling name). */
export function looksLikeHtml(content: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(content.slice(0, 1000));
}

/**
 * A saved web page (.html, .htm): the article Readability finds in it, with the page's title,
 * site name (the outlet), byline, published time and canonical address. Parsing HTML needs a DOM,
 * which the caller supplies; the corpus page uses the same extraction as a live page, so a saved
 * copy of a page gets the same document id as the page added from the popup.
 */
export function parseHtml(content: string, file: string, tools: HtmlTools): RawDocument {
  if (!tools.htmlToArticle) throw new ImportError('HTML cannot be read here (no HTML parser)');
  const article = tools.htmlToArticle(content);
  if (!article?.text.trim()) throw new ImportError('no article text found in the page');
  return {
    title: article.title,
    text: article.text,
    outlet: article.siteName ?? null,
    url: article.url ?? null,
    published: article.published ?? null,
    language: article.language ?? null,
    file,
  };
}
