// Readability's textContent runs paragraphs together; the engine needs paragraph breaks (a line
// break always ends a sentence), so the text is rebuilt from the article's block elements.
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd';

/** The article's text, one paragraph per block element, paragraphs separated by a blank line. */
export function articleTextFromHtml(html: string, owner: Document): string {
  // DOMParser's document is inert: nothing in Readability's HTML runs or loads while it is read.
  // (The owner's window provides it, so this also works under jsdom in Node.)
  const Parser = owner.defaultView?.DOMParser ?? DOMParser;
  const doc = new Parser().parseFromString(html, 'text/html');
  doc.body.querySelectorAll('script, style, noscript, template').forEach((node) => node.remove());
  const paragraphs: string[] = [];
  for (const block of doc.body.querySelectorAll(BLOCKS)) {
    // Only the innermost blocks: an <li> holding a <p> is read through the <p>.
    if (block.querySelector(BLOCKS)) continue;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const whole = (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (whole) paragraphs.push(whole);
  }
  return paragraphs.join('\n\n');
}
