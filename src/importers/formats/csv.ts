import Papa from 'papaparse';
import { mapColumns } from './fields';
import { ImportError } from './errors';
import type { HtmlTools, ImportProblem, ParsedFile } from './types';

/**
 * A .csv file with a header row; columns are matched to the documented fields by name (see
 * fields.ts). A row with the wrong number of columns is reported and skipped, not guessed at: its
 * values would land in the wrong fields. Rows without text are reported too.
 */
export function parseCsv(content: string, file: string, tools: HtmlTools = {}): ParsedFile {
  const parsed = Papa.parse<string[]>(content, { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header) throw new ImportError('empty file');
  const columns = mapColumns(header);
  if (columns.text === undefined && columns.html === undefined) {
    throw new ImportError(
      `no text column: the header row needs a "text" or "html" column (found ${header.join(', ')})`,
    );
  }
  const problems: ImportProblem[] = [];
  // Papaparse reports unclosed quotes and the like; a row it could not split is skipped below.
  const broken = new Set<number>();
  for (const error of parsed.errors) {
    if (error.row === undefined || error.row === null) continue;
    if (error.code === 'TooFewFields' || error.code === 'TooManyFields') continue;
    broken.add(error.row);
    problems.push({ file: `${file}, line ${lineOf(error.row)}`, reason: csvReason(error) });
  }
  const documents: ParsedFile['documents'] = [];
  const places: string[] = [];
  rows.forEach((row, i) => {
    const where = `${file}, line ${lineOf(i + 1)}`;
    if (broken.has(i + 1)) return;
    if (row.length !== header.length) {
      problems.push({
        file: where,
        reason: `${row.length} columns where the header has ${header.length}`,
      });
      return;
    }
    const cell = (index: number | undefined) =>
      index === undefined ? null : row[index]?.trim() || null;
    const html = cell(columns.html);
    let text: string | null;
    try {
      text = cell(columns.text) ?? (html ? htmlText(html, tools) : null);
    } catch (error) {
      problems.push({
        file: where,
        reason: error instanceof ImportError ? error.message : 'its HTML could not be read',
      });
      return;
    }
    if (!text) {
      problems.push({ file: where, reason: 'no text in this row' });
      return;
    }
    places.push(`line ${lineOf(i + 1)}`);
    documents.push({
      title: cell(columns.title) ?? firstLine(text),
      text,
      url: cell(columns.url),
      outlet: cell(columns.outlet),
      published: cell(columns.published),
      language: cell(columns.language),
      file,
    });
  });
  return { documents, places, problems };
}

/** Papaparse's error in the reader's words. */
function csvReason(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'a quoted value is never closed';
    case 'InvalidQuotes':
      return 'a quote mark in the middle of a value';
    default:
      return 'this row could not be split into columns';
  }
}

/** Papaparse counts data rows from 0 with the header as row 0; people count lines from 1. This is
 *  exact for files without quoted line breaks, which is what a reader fixing the file needs. */
const lineOf = (row: number) => row + 1;

const firstLine = (text: string) => text.split('\n')[0]?.slice(0, 120) ?? '';

function htmlText(html: string, tools: HtmlTools): string | null {
  const article = tools.htmlToArticle?.(html);
  return article?.text ?? tools.htmlToText?.(html) ?? null;
}
