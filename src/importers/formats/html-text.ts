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

/** Paragraphs separated by blank lines; scripts and styles dropped; common entities decoded. */
export function stripHtml(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)[\s\S]*?<\/\1\s*>/gi, '')
    .replace(BLOCK_END, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(whole, name))
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
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
