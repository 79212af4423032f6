import { errorMessage } from '../core';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RawDocument } from '../core';
import { IMPORTABLE, parseFile } from '../importers';
import { htmlToArticle } from './html-to-article';
import { UsageError } from './usage-error';

/** Reads a file as UTF-8, turning any failure into a UsageError naming the path. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

/** Documents of one file, with `file` set to its base name. */
export function readDocuments(path: string): RawDocument[] {
  const content = readText(path);
  try {
    return parseFile(basename(path), content, { htmlToArticle });
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
}

/** Every importable file under a file or folder path (recursively), in a stable order. Files of
 *  other formats inside a folder (licences, images) are passed over; a named file must be readable. */
export function corpusFiles(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new UsageError(`cannot read corpus ${path}: no such file or folder`);
  }
  if (!stats.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => join(path, name))
    .filter(
      (file) =>
        IMPORTABLE.some((ext) => file.toLowerCase().endsWith(ext)) && statSync(file).isFile(),
    );
}
