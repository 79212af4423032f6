import type { RawDocument } from '../core';

/** What an HTML page reduces to: supplied by the caller, because parsing HTML needs a DOM
 *  (Readability on the options page, linkedom in the CLI) and the importers stay DOM-free. */
export interface ExtractedArticle {
  title: string;
  /** Article text, paragraphs separated by blank lines. */
  text: string;
  language?: string | null;
}

export type HtmlToArticle = (html: string) => ExtractedArticle | null;

export type { RawDocument };
