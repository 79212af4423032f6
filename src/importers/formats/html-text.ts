// A DOM-free fallback for turning small HTML fragments (feed item content) into text, for callers
// that have no DOM (tests, Node without linkedom). The corpus page passes a DOMParser-based one.

const BLOCK_END =
  /<\/(p|div|h[1-6]|li|blockquote|pre|tr|section|article|figcaption)\s*>|<br\s*\/?>/gi;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

const HIDDEN_START = /<(script|style|noscript|template)\b/gi;

/** Paragraphs separated by blank lines; scripts and styles dropped; common entities decoded.
 *  Linear in the length of the HTML, whatever it holds: a tag runs to the next ">" before any
 *  other "<", and an unclosed <script> hides the rest (as a browser would). */
export function stripHtml(html: string): string {
  return withoutHidden(html)
    .replace(BLOCK_END, '\n\n')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z]{1,32});/gi, (whole, name: string) =>
      decodeEntity(whole, name),
    )
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** `html` without script, style, noscript and template elements, found by position (a lazy
 *  regular expression re-read the rest of the text for every unclosed one). */
function withoutHidden(html: string): string {
  const parts: string[] = [];
  let from = 0;
  HIDDEN_START.lastIndex = 0;
  for (let match = HIDDEN_START.exec(html); match; match = HIDDEN_START.exec(html)) {
    parts.push(html.slice(from, match.index));
    const closing = new RegExp(`</${match[1]}\\s*>`, 'gi');
    closing.lastIndex = HIDDEN_START.lastIndex;
    const end = closing.exec(html);
    if (!end) return parts.join('');
    from = closing.lastIndex;
    HIDDEN_START.lastIndex = from;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/** One character reference (`name` without & and ;): numeric, or one of `named`; else unchanged. */
export function decodeEntity(whole: string, name: string, named = ENTITIES): string {
  if (name.startsWith('#')) {
    const hex = name[1] === 'x' || name[1] === 'X';
    const code = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  }
  return named[name.toLowerCase()] ?? whole;
}
