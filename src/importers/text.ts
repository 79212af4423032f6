import { nonClaimReason } from '../core';
import type { RawDocument } from './types';

// Reasons that mark a leading line as page furniture rather than the title.
const NOT_A_TITLE = new Set([
  'navigation or prompt',
  'advertisement',
  'subscription or comment prompt',
  'tag list',
  'timestamp',
  'link',
  'reading time',
]);

/** A .txt or .md file: the first non-empty line is the title (leading page furniture such as
 *  "- Advertisement -" or a lone "×" is passed over), the rest is the text. */
export function parseText(content: string, file: string): RawDocument {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const index = lines.findIndex((line) => isTitle(line.replace(/^#+\s*/, '').trim()));
  if (index < 0) return { title: file, text: content, file };
  const title = (lines[index] ?? '').replace(/^#+\s*/, '').trim();
  return { title, text: lines.slice(index + 1).join('\n'), file };
}

function isTitle(line: string): boolean {
  if (!/\p{L}{2}/u.test(line)) return false;
  const reason = nonClaimReason(line);
  return reason === null || !NOT_A_TITLE.has(reason);
}
