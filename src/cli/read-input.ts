import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { RawDocument } from '../core';
import { IMPORT_EXTENSIONS, readInput, type FileResult } from '../importers';
import { htmlToArticle } from './html-to-article';
import { UsageError } from './usage-error';

const tools = { htmlToArticle };

const STDIN = '-';

/** A file's bytes (0: standard input), turning any failure into a UsageError naming the path. */
export function readBytes(path: string | 0): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const name = path === 0 ? 'standard input' : path;
    throw new UsageError(
      `cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

/** The name standard input is read under, for the importers to pick a format by. */
function stdinName(bytes: Uint8Array): string {
  const start = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart();
  if (start.startsWith('<')) return 'stdin.html';
  if (start.startsWith('{') || start.startsWith('[')) return 'stdin.json';
  return 'stdin.txt';
}

/** Reads a file as UTF-8, turning any failure into a UsageError naming the path. */
export function readText(path: string): string {
  return new TextDecoder().decode(readBytes(path));
}

/** The article of ARTICLE: its file's first document, through the same importers as the corpus;
 *  "-" reads it from standard input (HTML, JSON or plain text, told apart by the first
 *  character). A file that yields none is bad input (UsageError with the reason). */
export function readArticle(path: string): RawDocument {
  const bytes = path === STDIN ? readBytes(0) : readBytes(path);
  const name = path === STDIN ? stdinName(bytes) : basename(path);
  const results = readInput(name, bytes, tools);
  const article = results.find((result) => result.documents.length)?.documents[0];
  if (article) return article;
  const reason = results.find((result) => result.error)?.error ?? results[0]?.problems[0]?.reason;
  throw new UsageError(`no article found in ${path}${reason ? `: ${reason}` : ''}`);
}

/** One file of a corpus: where it is, and the name it is reported under. */
export interface CorpusFile {
  path: string;
  /** Relative to the folder given (the file's own name when a file was given). */
  name: string;
}

/** Every file under a file or folder path (recursively, in a stable order): each is read and
 *  reported on, whatever its name. A path that is not there is bad input. */
export function corpusEntries(path: string): CorpusFile[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new UsageError(`cannot read corpus ${path}: no such file or folder`);
  }
  if (!stats.isDirectory()) return [{ path, name: basename(path) }];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => join(path, name))
    .filter((file) => isFile(file))
    .map((file) => ({ path: file, name: relative(path, file).split('\\').join('/') }));
}

/** The paths of the files under a folder whose names say they are importable (for scripts that
 *  read a collection of their own). */
export function corpusFiles(path: string): string[] {
  return corpusEntries(path)
    .map((file) => file.path)
    .filter((file) => IMPORT_EXTENSIONS.some((ending) => file.toLowerCase().endsWith(ending)));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The files of one corpus file, each parsed on its own: a file that cannot be read is a failed
 *  result, not an error of the run. */
export function readCorpusFile(file: CorpusFile): FileResult[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return [
      {
        file: file.name,
        documents: [],
        labels: [],
        error: `cannot be read (${code ?? 'unknown error'})`,
        problems: [],
        warnings: [],
      },
    ];
  }
  return readInput(file.name, bytes, tools);
}
