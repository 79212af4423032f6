import type { RawDocument } from '../core';

/** A plain-text article: the first non-empty line is its title, the rest its text. */
export function parsePlainText(fileName: string, content: string): RawDocument {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  const title = lines[titleIndex]?.trim();
  if (!title) throw new Error('empty file');
  const body = lines
    .slice(titleIndex + 1)
    .join('\n')
    .trim();
  return { title, text: body || title, file: fileName };
}
