// Chooses the parser for a file by its name, or by its content when the name does not tell
// (.xml, no extension), and fills in the metadata every document needs. DOM-free: HTML goes through
// the `htmlToArticle` the caller passes (the corpus page's DOMParser + Readability, or linkedom).
// The one import path: the corpus page (through importFiles) and the CLI both read files here, so
// a file gets the same outcome in both.
import type { RawDocument } from '../core';
import { parseCsv } from './formats/csv';
import { decodeText } from './formats/decode';
import { ImportError } from './formats/errors';
import { looksLikeFeed, parseFeed } from './formats/feed';
import { looksLikeHtml, parseHtml } from './formats/html';
import { stripHtml } from './formats/html-text';
import { withMetadata } from './formats/metadata';
import { MAX_HTML_NESTING, nestsDeeperThan } from './formats/nesting';
import type { HtmlTools, ImportProblem, ParsedFile } from './formats/types';
import { looksLikeZip, unzipEntries, type ArchiveEntry } from './formats/zip';
import { parseJson } from './json';
import { parseText } from './text';

export { ImportError } from './formats/errors';
export { MAX_TITLE_CHARS, isRealDate } from './formats/metadata';
export type { HtmlArticle, HtmlTools, ImportProblem, ParsedFile } from './formats/types';
export { unzipEntries } from './formats/zip';

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

/** Zip-based formats of other programs, by ending: what to call them when refusing them. */
const ZIP_BASED: Record<string, string> = {
  '.docx': 'a Word document',
  '.xlsx': 'an Excel workbook',
  '.pptx': 'a PowerPoint presentation',
  '.odt': 'an OpenDocument text',
  '.ods': 'an OpenDocument spreadsheet',
  '.epub': 'an e-book',
  '.jar': 'a Java archive',
  '.apk': 'an Android package',
};

const baseName = (path: string) => path.split('/').pop() ?? path;
const extensionOf = (name: string) =>
  baseName(name)
    .toLowerCase()
    .match(/\.[a-z0-9]+$/)?.[0] ?? '';

/** The size limit for a file of this name, to refuse it before reading it. */
export function sizeLimitFor(name: string): number {
  const kind = BY_EXTENSION[extensionOf(name)];
  return kind === 'text' || kind === 'html' ? MAX_ARTICLE_FILE_BYTES : MAX_COLLECTION_FILE_BYTES;
}

/** "too large (50 MB; limit 10 MB)". */
export const tooLargeReason = (name: string, size: number) =>
  `too large (${Math.round(size / MB)} MB; limit ${sizeLimitFor(name) / MB} MB)`;

/** True for a zip archive: named .zip, or a file without an extension that starts like one.
 *  Word, Excel and e-book files are zip archives too, but not of articles: they are refused by
 *  name ("a Word document"), not opened and reported as damaged. */
export function isArchive(name: string, bytes: Uint8Array): boolean {
  const extension = extensionOf(name);
  return extension === '.zip' || (extension === '' && looksLikeZip(bytes));
}

/** What came of one file, or one archive entry: everything a report needs to account for it. */
export interface FileResult {
  /** The path as given ("bbc/tech/001.txt"), an archive entry as "archive.zip/entry". */
  file: string;
  documents: RawDocument[];
  /** For each document, the name its problems are reported under: the file, or "file, line 3". */
  labels: string[];
  /** Why nothing of the file was read, or null. */
  error: string | null;
  /** Records of the file not imported, each with its reason. */
  problems: ImportProblem[];
  /** Documents imported with a change (a title cut, a date or a link left out). */
  warnings: ImportProblem[];
}

/** A file to parse, or one that already failed (an archive entry refused before unpacking). */
export type InputPart = ArchiveEntry | FileResult;

/** The files an input stands for: itself, or an archive's entries in order, with the entries
 *  that are not unpacked (unsafe paths, hidden files, too large) as failed results. */
export function expandInput(path: string, bytes: Uint8Array): InputPart[] {
  if (!isArchive(path, bytes)) return [{ name: path, bytes }];
  try {
    const entries = unzipEntries(bytes, path, sizeLimitFor);
    if (!entries.length) return [failed(path, 'an empty archive (no files in it)')];
    return entries.map((entry) => ('reason' in entry ? failed(entry.name, entry.reason) : entry));
  } catch (error) {
    return [failed(path, reasonOf(error))];
  }
}

/** Every file of an input parsed, each failing on its own. Never throws. */
export function readInput(path: string, bytes: Uint8Array, tools: HtmlTools = {}): FileResult[] {
  return expandInput(path, bytes).map((part) =>
    'bytes' in part ? readFile(part.name, part.bytes, tools) : part,
  );
}

/** One file (not an archive) parsed into a FileResult. Never throws. */
export function readFile(path: string, bytes: Uint8Array, tools: HtmlTools = {}): FileResult {
  try {
    const parsed = parseImportFile(path, bytes, tools);
    return {
      file: path,
      documents: parsed.documents,
      labels: parsed.places.map((place) => labelOf(path, place)),
      error: null,
      problems: parsed.problems,
      warnings: parsed.warnings,
    };
  } catch (error) {
    return failed(path, reasonOf(error));
  }
}

function failed(file: string, reason: string): FileResult {
  return { file, documents: [], labels: [], error: reason, problems: [], warnings: [] };
}

const labelOf = (path: string, place: string | null) => (place ? `${path}, ${place}` : path);

/**
 * Parses one file (not an archive: expand those with `expandInput` first, or use `readInput`).
 * `path` is the file's path as the reader chose it ("bbc/tech/001.txt", "feeds.zip/a.xml"): its
 * first folder, or the file's own name, is the outlet of last resort. Throws an ImportError with
 * the reason when the whole file is unusable; records that fail come back in `problems` (named
 * "path, line 3"), changes made to kept documents in `warnings`.
 */
export function parseImportFile(
  path: string,
  bytes: Uint8Array,
  tools: HtmlTools = {},
): Required<ParsedFile> {
  if (bytes.length > sizeLimitFor(path)) throw new ImportError(tooLargeReason(path, bytes.length));
  const file = baseName(path);
  const extension = extensionOf(file);
  if (looksLikeZip(bytes)) {
    const what = ZIP_BASED[extension];
    if (what) throw new ImportError(`${what} (${extension}): not a format Crosscheck reads`);
    throw new ImportError(
      extension === '.zip' || extension === ''
        ? 'a zip archive inside an archive is not read'
        : `a zip archive named ${extension}: not a format Crosscheck reads`,
    );
  }
  const content = decodeText(bytes);
  if (!content.trim()) throw new ImportError('empty file');
  const kind = BY_EXTENSION[extension] ?? sniff(content, extension === '');
  const parsed = parseByKind(kind, content, file, guarded(tools));
  const relabel = (problem: ImportProblem) => ({
    ...problem,
    file: problem.file.startsWith(file) ? path + problem.file.slice(file.length) : problem.file,
  });
  const result: Required<ParsedFile> = {
    documents: [],
    places: [],
    problems: parsed.problems.map(relabel),
    warnings: (parsed.warnings ?? []).map(relabel),
  };
  parsed.documents.forEach((document, i) => {
    const place = parsed.places?.[i] ?? null;
    const checked = withMetadata(document, path);
    result.documents.push(checked.document);
    result.places.push(place);
    for (const reason of checked.warnings)
      result.warnings.push({ file: labelOf(path, place), reason });
  });
  if (result.documents.length === 0) {
    // Nothing kept: the file fails, with its one problem or the first of many as the reason.
    const [first] = result.problems;
    if (!first) throw new ImportError('no articles in the file');
    const reason = `${first.file.slice(path.length + 2)}: ${first.reason}`;
    throw new ImportError(
      result.problems.length === 1
        ? reason
        : `none of its ${result.problems.length} records could be read (${reason}, …)`,
    );
  }
  return result;
}

/** The reason shown for a failure: an ImportError's message is written for the reader; anything
 *  else is a parser's own words, which mean nothing to them. */
export function reasonOf(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  return 'could not be read (the file is damaged or not what its name says)';
}

/** A failure of reading a file, as the import report shows it: the browser's or the system's
 *  account of what happened ("file was moved"); parsing failures go through `reasonOf`. */
export function problemOf(file: string, error: unknown): ImportProblem {
  return { file, reason: error instanceof Error ? error.message : String(error) };
}

function sniff(content: string, noExtension: boolean): Kind {
  const start = content.trimStart();
  if (looksLikeFeed(start)) return 'feed';
  if (looksLikeHtml(start)) return 'html';
  if (noExtension && /^[[{]/.test(start)) {
    try {
      JSON.parse(start);
      return 'json';
    } catch {
      // One object a line, or a broken JSON file: the first line tells.
    }
    try {
      JSON.parse(start.split('\n', 1)[0] ?? '');
      return 'jsonl';
    } catch {
      return 'json';
    }
  }
  throw new ImportError(
    noExtension
      ? 'unsupported file type (no name ending, and not a feed, a web page or JSON)'
      : 'unsupported file type',
  );
}

/** The caller's HTML tools behind the nesting guard: a page deeper than any article is refused
 *  before a DOM is built; a fragment that deep is reduced to text without one. */
function guarded(tools: HtmlTools): HtmlTools {
  const { htmlToArticle, htmlToText } = tools;
  const guardedTools: HtmlTools = {
    htmlToText: (html) =>
      htmlToText && !nestsDeeperThan(html) ? htmlToText(html) : stripHtml(html),
  };
  if (htmlToArticle) {
    guardedTools.htmlToArticle = (html) => {
      if (nestsDeeperThan(html)) {
        throw new ImportError(
          `the page nests its elements more than ${MAX_HTML_NESTING} deep (no article page does): not read`,
        );
      }
      return htmlToArticle(html);
    };
  }
  return guardedTools;
}

function parseByKind(kind: Kind, content: string, file: string, tools: HtmlTools): ParsedFile {
  switch (kind) {
    case 'text':
      return { documents: [parseText(content, file)], problems: [] };
    case 'html':
      return { documents: [parseHtml(content, file, tools)], problems: [] };
    case 'json':
    case 'jsonl':
      return parseJson(content, file, kind === 'jsonl', tools);
    case 'csv':
      return parseCsv(content, file, tools);
    case 'feed':
      return parseFeed(content, file, tools);
    case 'zip':
      throw new ImportError('a zip archive inside an archive is not read');
  }
}
