import type { RawDocument } from '../../core';
import type { ExtractedArticle } from '../types';

/** What a page's HTML reduces to, with the page metadata Readability and the <head> offer. A
 *  superset of the CLI importers' `ExtractedArticle`, so one function serves both. */
export interface HtmlArticle extends ExtractedArticle {
  siteName?: string | null;
  byline?: string | null;
  published?: string | null;
  /** The page's canonical address, when it states one. */
  url?: string | null;
}

export interface HtmlTools {
  /** A whole page → its article (Readability on the corpus page, linkedom in Node). */
  htmlToArticle?: (html: string) => HtmlArticle | null;
  /** A fragment (a feed item's content) → plain text, paragraphs separated by blank lines. */
  htmlToText?: (html: string) => string;
}

/** Something that went wrong with one file, or one record of a file ("feed.xml, item 3"). */
export interface ImportProblem {
  file: string;
  reason: string;
}

/** The outcome of parsing one file: its good documents, and the parts that failed. */
export interface ParsedFile {
  documents: RawDocument[];
  /** Where each document is in its file ("line 3", "item 2", "row 4"); null for the whole file.
   *  Parallel to `documents`; left out by parsers whose documents are whole files. */
  places?: (string | null)[];
  /** Records not imported, each with its reason ("a.jsonl, line 3": "not valid JSON"). */
  problems: ImportProblem[];
  /** Documents imported with a change the reader should know of (a title cut, a date left out). */
  warnings?: ImportProblem[];
}

export type { RawDocument };
