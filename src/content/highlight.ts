import { findSentence, readPageText } from './text-map';

export type HighlightStyle = 'uncorroborated' | 'differing' | 'flash';

export interface ClaimToMark {
  /** The claim's index in the report. */
  index: number;
  text: string;
  style: Exclude<HighlightStyle, 'flash'>;
}

export interface MarkedClaim {
  index: number;
  range: Range;
}

export interface MarkResult {
  marked: MarkedClaim[];
  unmapped: string[];
}

// CSS.highlights is shared with the page, so the names are distinctive.
export const HIGHLIGHT_NAMES: Record<HighlightStyle, string> = {
  uncorroborated: 'crosscheck-uncorroborated',
  differing: 'crosscheck-differing',
  flash: 'crosscheck-flash',
};
const STYLE_ID = 'crosscheck-highlight-style';
const MARK_ATTRIBUTE = 'data-crosscheck';

const STYLESHEET = `
::highlight(${HIGHLIGHT_NAMES.uncorroborated}) { background-color: rgba(255, 213, 79, 0.55); color: inherit; }
::highlight(${HIGHLIGHT_NAMES.differing}) { background-color: rgba(239, 108, 0, 0.35); text-decoration: underline wavy rgb(191, 54, 12); }
::highlight(${HIGHLIGHT_NAMES.flash}) { background-color: rgb(31, 95, 191); color: white; }
mark[${MARK_ATTRIBUTE}="uncorroborated"] { background-color: rgba(255, 213, 79, 0.55); color: inherit; }
mark[${MARK_ATTRIBUTE}="differing"] { background-color: rgba(239, 108, 0, 0.35); color: inherit; }
mark[${MARK_ATTRIBUTE}="flash"] { background-color: rgb(31, 95, 191); color: white; }
`;

/** Finds each claim on the live page; claims that cannot be found are returned, not dropped. */
export function locateClaims(doc: Document, claims: ClaimToMark[]): MarkResult {
  const page = readPageText(doc.body);
  const marked: MarkedClaim[] = [];
  const unmapped: string[] = [];
  let cursor = 0;
  for (const claim of claims) {
    // Claims come in article order, so search on from the last one; fall back to the whole page.
    const found = findSentence(page, claim.text, cursor) ?? findSentence(page, claim.text, 0);
    if (!found) {
      unmapped.push(claim.text);
      continue;
    }
    cursor = found.end;
    marked.push({ index: claim.index, range: found.range });
  }
  return { marked, unmapped };
}

/** Paints ranges in a style: the CSS Custom Highlight API where there is one, <mark> otherwise. */
export function paint(doc: Document, style: HighlightStyle, ranges: Range[]): void {
  ensureStyle(doc);
  if (supportsHighlightApi()) {
    CSS.highlights.set(HIGHLIGHT_NAMES[style], new Highlight(...ranges));
  } else {
    ranges.forEach((range) => wrapInMarks(range, style));
  }
}

export function unpaint(doc: Document, styles: HighlightStyle[]): void {
  if (supportsHighlightApi())
    styles.forEach((style) => CSS.highlights.delete(HIGHLIGHT_NAMES[style]));
  for (const style of styles) {
    for (const mark of doc.querySelectorAll(`mark[${MARK_ATTRIBUTE}="${style}"]`)) {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      parent?.normalize();
    }
  }
}

/** Finds and paints claims in one go (what a check does). */
export function markClaims(doc: Document, claims: ClaimToMark[]): MarkResult {
  clearMarks(doc);
  const result = locateClaims(doc, claims);
  paintClaims(doc, claims, result.marked);
  return result;
}

/** Paints located claims, each in its claim's style. */
export function paintClaims(doc: Document, claims: ClaimToMark[], marked: MarkedClaim[]): void {
  const styleOf = new Map(claims.map((claim) => [claim.index, claim.style]));
  for (const style of ['uncorroborated', 'differing'] as const) {
    paint(
      doc,
      style,
      marked.filter((m) => styleOf.get(m.index) === style).map((m) => m.range),
    );
  }
}

export function clearMarks(doc: Document): void {
  unpaint(doc, ['uncorroborated', 'differing', 'flash']);
}

export function supportsHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLESHEET;
  (doc.head ?? doc.documentElement).append(style);
}

/** Fallback: wraps each text-node piece of the range in a <mark>, leaving the structure intact. */
function wrapInMarks(range: Range, style: HighlightStyle): void {
  const doc = range.startContainer.ownerDocument ?? document;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const pieces: Text[] = [];
  if (range.commonAncestorContainer.nodeType === Node.TEXT_NODE) {
    pieces.push(range.commonAncestorContainer as Text);
  }
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) pieces.push(node as Text);
  }
  for (const text of pieces) {
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.length;
    if (end <= start) continue;
    const middle = text.splitText(start);
    middle.splitText(end - start);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, style);
    middle.replaceWith(mark);
    mark.append(middle);
  }
}
