// How deep a page nests its elements, read without building a DOM. Readability's cost grows much
// faster than the depth (a 400-deep page took 2 s in Node, 1,000-deep 8 s; a 20,000-deep page
// stalled the corpus page 4 s and gave nothing), so a page nested deeper than any real article is
// refused before it is parsed. One pass, linear in the length of the HTML.

/** Deeper than this, a page is not an article (real news pages nest a few dozen levels). */
export const MAX_HTML_NESTING = 256;

const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen'.split(
    ' ',
  ),
);
// Elements whose end tag may be left out (the parser closes them itself), and raw-text elements
// whose content is not markup.
const OPTIONAL_END = new Set(
  'p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rtc rp'.split(' '),
);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

/** True when some element of `html` lies more than `limit` levels deep. */
export function nestsDeeperThan(html: string, limit = MAX_HTML_NESTING): boolean {
  let depth = 0;
  let at = html.indexOf('<');
  while (at >= 0 && at < html.length) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end < 0) return false;
      at = html.indexOf('<', end + 3);
      continue;
    }
    const close = html[at + 1] === '/';
    const name = /^[a-zA-Z][a-zA-Z0-9:-]{0,31}/.exec(html.slice(at + (close ? 2 : 1), at + 40));
    const end = html.indexOf('>', at + 1);
    if (end < 0) return false;
    if (name) {
      const tag = name[0].toLowerCase();
      if (close) {
        if (!OPTIONAL_END.has(tag) && !VOID.has(tag)) depth = Math.max(0, depth - 1);
      } else if (!VOID.has(tag) && !OPTIONAL_END.has(tag) && html[end - 1] !== '/') {
        if (++depth > limit) return true;
        if (RAW_TEXT.has(tag)) {
          const closing = new RegExp(`</${tag}`, 'gi');
          closing.lastIndex = end;
          const found = closing.exec(html);
          const after = found ? html.indexOf('>', found.index) : -1;
          if (after < 0) return false;
          depth--;
          at = html.indexOf('<', after + 1);
          continue;
        }
      }
    }
    at = html.indexOf('<', end + 1);
  }
  return false;
}
