import type { HtmlToArticle, RawDocument } from './types';

/** .json (one object or an array) and .jsonl (one object a line) with the fields title, text or
 *  html, url, outlet, published, language. Records without text are skipped, not fatal. */
export function parseJson(
  content: string,
  file: string,
  jsonLines: boolean,
  htmlToArticle?: HtmlToArticle,
): RawDocument[] {
  const values: unknown[] = jsonLines
    ? content
        .split('\n')
        .filter((line) => line.trim())
        .map((line, i) => parseLine(line, file, i + 1))
    : [parseLine(content, file, 0)].flat();
  return values.flatMap((value) => {
    const document = toDocument(value, file, htmlToArticle);
    return document ? [document] : [];
  });
}

function parseLine(line: string, file: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    const where = lineNumber ? `${file}:${lineNumber}` : file;
    throw new Error(`importers: ${where} is not valid JSON`);
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function toDocument(
  value: unknown,
  file: string,
  htmlToArticle?: HtmlToArticle,
): RawDocument | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  let body = text(record.text);
  let title = text(record.title);
  let language = text(record.language);
  const html = text(record.html);
  if (!body && html && htmlToArticle) {
    const article = htmlToArticle(html);
    body = article?.text ?? null;
    title ??= article?.title ?? null;
    language ??= article?.language ?? null;
  }
  if (!body?.trim()) return null;
  return {
    title: title ?? body.trim().split('\n')[0]?.slice(0, 120) ?? file,
    text: body,
    url: text(record.url),
    outlet: text(record.outlet),
    published: text(record.published),
    language,
    file,
  };
}
