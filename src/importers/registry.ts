import { errorMessage } from '../core';
// Chooses the parser for a file by its name, or by its content when the name does not tell
// (.xml, no extension), and fills in the metadata every document needs. DOM-free: HTML goes through
// the `htmlToArticle` the caller passes (the corpus page's DOMParser + Readability, or linkedom).
import type { RawDocument } from '../core';
import { parseCsv } from './formats/csv';
import { decodeText } from './formats/decode';
import { ImportError } from './formats/errors';
import { looksLikeFeed, parseFeed } from './formats/feed';
import { looksLikeHtml, parseHtml } from './formats/html';
import type { HtmlTools, ImportProblem, ParsedFile } from './formats/types';
import { looksLikeZip, unzipEntries } from './formats/zip';
import { parseJson } from './json';
import { parseText } from './text';

export { ImportError } from './formats/errors';
export type { HtmlArticle, HtmlTools, ImportProblem, ParsedFile } from './formats/types';

/** File endings offered in the file picker; anything else is sniffed, then refused. */
export const IMPORT_EXTENSIONS = [
  '.txt',
  '.md',
  '.html',
  '.htm',
  '.json',
  '.jsonl',
  '.csv',
  '.xml',
  '.rss',
  '.atom',
  '.zip',
];

const MB = 1024 * 1024;
/** A single article over this size is not an article (a log, a dump, a mislabelled binary). */
export const MAX_ARTICLE_FILE_BYTES = 10 * MB;
/** Files that hold many articles (JSON Lines, CSV, feeds, archives) may be much larger. */
export const MAX_COLLECTION_FILE_BYTES = 512 * MB;

type Kind = 'text' | 'html' | 'json' | 'jsonl' | 'csv' | 'feed' | 'zip';

const BY_EXTENSION: Record<string, Kind> = {
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.rss': 'feed',
  '.atom': 'feed',
  '.zip': 'zip',
};

const extensionOf = (name: string) => name.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? '';
const baseName = (path: string) => path.split('/').pop() ?? path;

/** The size limit for a file of this name, to refuse it before reading it. */
export function sizeLimitFor(name: string): number {
  const kind = BY_EXTENSION[extensionOf(name)];
  return kind === 'text' || kind === 'html' ? MAX_ARTICLE_FILE_BYTES : MAX_COLLECTION_FILE_BYTES;
}

/** True for a zip archive, by name or by its signature. */
export function isArchive(name: string, bytes: Uint8Array): boolean {
  return extensionOf(name) === '.zip' || looksLikeZip(bytes);
}

export { unzipEntries } from './formats/zip';

/**
 * Parses one file (not an archive: expand those with `unzipEntries` first, or use `parseImport`).
 * `path` is the file's path as the reader chose it ("bbc/tech/001.txt", "feeds.zip/a.xml"): its
 * first folder, or the file's own name, is the outlet of last resort. Throws an ImportError with
 * the reason when the whole file is unusable; problems with single records come back in `problems`.
 */
export function parseImportFile(
  path: string,
  bytes: Uint8Array,
  tools: HtmlTools = {},
): ParsedFile {
  if (bytes.length > sizeLimitFor(path)) {
    throw new ImportError(
      `too large (${Math.round(bytes.length / MB)} MB; limit ${sizeLimitFor(path) / MB} MB)`,
    );
  }
  if (looksLikeZip(bytes)) throw new ImportError('a zip archive inside an archive is not read');
  const content = decodeText(bytes);
  if (!content.trim()) throw new ImportError('empty file');
  const file = baseName(path);
  const kind = BY_EXTENSION[extensionOf(path)] ?? sniff(content);
  const parsed = parseByKind(kind, content, file, tools);
  if (parsed.documents.length === 0 && parsed.problems.length === 0) {
    throw new ImportError('no articles in the file');
  }
  return {
    documents: parsed.documents.map((document) => withMetadata(document, path)),
    problems: parsed.problems,
  };
}

/** A file or an archive: every file in it parsed, each failing on its own. For the CLI and tests;
 *  the corpus page expands archives itself so it can report progress per entry. */
export function parseImport(path: string, bytes: Uint8Array, tools: HtmlTools = {}): ParsedFile {
  if (!isArchive(path, bytes)) return parseImportFile(path, bytes, tools);
  const result: ParsedFile = { documents: [], problems: [] };
  for (const entry of unzipEntries(bytes, path)) {
    try {
      const parsed = parseImportFile(entry.name, entry.bytes, tools);
      result.documents.push(...parsed.documents);
      result.problems.push(...parsed.problems);
    } catch (error) {
      result.problems.push(problemOf(entry.name, error));
    }
  }
  return result;
}

/** A failure as the import report shows it; errors that are not ImportErrors keep their message. */
export function problemOf(file: string, error: unknown): ImportProblem {
  return {
    file,
    reason: error instanceof Error ? error.message.replace(/^importers: /, '') : String(error),
  };
}

function sniff(content: string): Kind {
  const start = content.trimStart();
  if (looksLikeFeed(start)) return 'feed';
  if (looksLikeHtml(start)) return 'html';
  throw new ImportError('unsupported file type');
}

function parseByKind(kind: Kind, content: string, file: string, tools: HtmlTools): ParsedFile {
  switch (kind) {
    case 'text':
      return { documents: [parseText(content, file)], problems: [] };
    case 'html':
      return { documents: [parseHtml(content, file, tools)], problems: [] };
    case 'json':
    case 'jsonl':
      return { documents: parseJsonFile(content, file, kind === 'jsonl', tools), problems: [] };
    case 'csv':
      return parseCsv(content, file, tools);
    case 'feed':
      return parseFeed(content, file, tools);
    case 'zip':
      throw new ImportError('a zip archive inside an archive is not read');
  }
}

function parseJsonFile(
  content: string,
  file: string,
  lines: boolean,
  tools: HtmlTools,
): RawDocument[] {
  try {
    return parseJson(content, file, lines, tools.htmlToArticle);
  } catch (error) {
    // The JSON importer names the file and line ("importers: a.jsonl:3 is not valid JSON"); the
    // report already names the file, so only the line is kept.
    const message = errorMessage(error);
    const line = message.match(/:(\d+) is not valid JSON/)?.[1];
    if (line) throw new ImportError(`not valid JSON at line ${line}`);
    throw new ImportError(/is not valid JSON/.test(message) ? 'not valid JSON' : message);
  }
}

/** Outlet from the record, else the URL's host, else the folder (or archive) the file came from,
 *  else the file's name: every document has an outlet the reader can rename. */
function withMetadata(document: RawDocument, path: string): RawDocument {
  return {
    ...document,
    // A file that is one line long is all title: that line is its text too, so that the id (a hash
    // of the text) is not the id of every other empty text.
    text: document.text.trim() ? document.text : document.title,
    outlet: document.outlet?.trim() || outletFromUrl(document.url) || outletFromPath(path),
  };
}

function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function outletFromPath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const top = parts.length > 1 ? parts[0] : parts[0]?.replace(/\.[^.]+$/, '');
  return (top ?? path).replace(/\.zip$/i, '');
}
