import { ImportError } from './formats/errors';
import type { HtmlTools, ImportProblem, ParsedFile } from './formats/types';
import type { RawDocument } from './types';

/** .json (one object or an array) and .jsonl (one object a line) with the fields title, text or
 *  html, url, outlet, published, language. Each line or array item is kept or named: a bad line
 *  of a .jsonl file, or an array item that is no article, is a problem of its own and the rest is
 *  kept. A whole file that is not JSON, or one object without text, fails with the reason. */
export function parseJson(
  content: string,
  file: string,
  jsonLines: boolean,
  tools: HtmlTools = {},
): ParsedFile {
  const result: Required<ParsedFile> = { documents: [], places: [], problems: [], warnings: [] };
  const add = (value: unknown, place: string | null) => {
    try {
      const document = toDocument(value, tools);
      result.documents.push({ ...document, file });
      result.places.push(place);
    } catch (error) {
      if (place === null) throw error;
      result.problems.push(problemAt(file, place, error));
    }
  };
  if (jsonLines) {
    content.split('\n').forEach((line, i) => {
      // A byte-order mark may start any line of a file put together from others.
      const clean = line.replace(/^\uFEFF/, '').trim();
      if (!clean) return;
      const place = `line ${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(clean);
      } catch {
        result.problems.push({ file: `${file}, ${place}`, reason: 'not valid JSON' });
        return;
      }
      add(value, place);
    });
    if (!result.documents.length && !result.problems.length) throw new ImportError('empty file');
    return result;
  }
  let value: unknown;
  try {
    value = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(invalidJson(content, error));
  }
  if (Array.isArray(value)) {
    if (!value.length) throw new ImportError('no articles in the file (an empty list)');
    value.forEach((item, i) => add(item, `item ${i + 1}`));
  } else add(value, null);
  return result;
}

function problemAt(file: string, place: string, error: unknown): ImportProblem {
  return {
    file: `${file}, ${place}`,
    reason: error instanceof ImportError ? error.message : 'could not be read',
  };
}

/** "not valid JSON", with the line where the engine's parser gave up when it says. */
function invalidJson(content: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  if (position === undefined) return 'not valid JSON';
  const line = content.slice(0, Number(position)).split('\n').length;
  return `not valid JSON at line ${line}`;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function toDocument(value: unknown, tools: HtmlTools): RawDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ImportError(`not an article (${describe(value)}, not an object with fields)`);
  }
  const record = value as Record<string, unknown>;
  let body = text(record.text);
  let title = text(record.title);
  let language = text(record.language);
  const html = text(record.html);
  if (!body?.trim() && html) {
    const article = tools.htmlToArticle?.(html) ?? null;
    body = article?.text ?? tools.htmlToText?.(html) ?? null;
    title ??= article?.title ?? null;
    language ??= article?.language ?? null;
  }
  if (!body?.trim()) throw new ImportError('no text (needs a "text" or "html" field)');
  return {
    title: title ?? '',
    text: body,
    url: text(record.url),
    outlet: text(record.outlet),
    published: text(record.published),
    language,
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}
