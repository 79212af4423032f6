import { findSentence, readPageText } from './text-map';

export type HighlightStyle = 'uncorroborated' | 'differing';

export interface ClaimToMark {
  text: string;
  style: HighlightStyle;
}

export interface MarkResult {
  mapped: number;
  unmapped: string[];
}

// CSS.highlights is shared with the page, so the names are distinctive.
export const HIGHLIGHT_NAMES: Record<HighlightStyle, string> = {
  uncorroborated: 'crosscheck-uncorroborated',
  differing: 'crosscheck-differing',
};
const STYLE_ID = 'crosscheck-highlight-style';
const MARK_ATTRIBUTE = 'data-crosscheck';

const STYLESHEET = `
::highlight(${HIGHLIGHT_NAMES.uncorroborated}) { background-color: rgba(255, 213, 79, 0.55); color: inherit; }
::highlight(${HIGHLIGHT_NAMES.differing}) { background-color: rgba(239, 108, 0, 0.35); text-decoration: underline wavy rgb(191, 54, 12); }
mark[${MARK_ATTRIBUTE}="uncorroborated"] { background-color: rgba(255, 213, 79, 0.55); color: inherit; }
mark[${MARK_ATTRIBUTE}="differing"] { background-color: rgba(239, 108, 0, 0.35); color: inherit; }
`;

/** Highlights the claims on the live page; claims that cannot be found are returned, not dropped. */
export function markClaims(doc: Document, claims: ClaimToMark[]): MarkResult {
  clearMarks(doc);
  ensureStyle(doc);
  const page = readPageText(doc.body);
  const ranges: Record<HighlightStyle, Range[]> = { uncorroborated: [], differing: [] };
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
    ranges[claim.style].push(found.range);
  }
  for (const style of Object.keys(ranges) as HighlightStyle[]) {
    if (supportsHighlightApi()) {
      CSS.highlights.set(HIGHLIGHT_NAMES[style], new Highlight(...ranges[style]));
    } else {
      ranges[style].forEach((range) => wrapInMarks(range, style));
    }
  }
  return { mapped: claims.length - unmapped.length, unmapped };
}

export function clearMarks(doc: Document): void {
  if (supportsHighlightApi()) {
    Object.values(HIGHLIGHT_NAMES).forEach((name) => CSS.highlights.delete(name));
  }
  for (const mark of doc.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)) {
    mark.replaceWith(...mark.childNodes);
  }
}

function supportsHighlightApi(): boolean {
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
