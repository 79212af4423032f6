// Maps sentences of the extracted article back to the live DOM. Readability's text and the page's
// text differ in whitespace, entities and element boundaries, so both sides are compared in a
// whitespace-folded form, and each folded character remembers its text node and offset.

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'svg']);

export interface PageText {
  /** The page's visible text with every whitespace run folded to one space. */
  folded: string;
  nodes: Text[];
  /** For each character of `folded`: index into `nodes`, and offset in that node. */
  nodeIndex: Uint32Array;
  nodeOffset: Uint32Array;
}

export function readPageText(root: Node): PageText {
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeIndexes: number[] = [];
  const nodeOffsets: number[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest([...SKIPPED].join(','))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let lastWasSpace = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const index = nodes.push(text) - 1;
    const data = text.data;
    for (let offset = 0; offset < data.length; offset++) {
      const char = data.charAt(offset);
      const isSpace = /\s/.test(char);
      if (isSpace && lastWasSpace) continue;
      chars.push(isSpace ? ' ' : char);
      nodeIndexes.push(index);
      nodeOffsets.push(offset);
      lastWasSpace = isSpace;
    }
  }
  return {
    folded: chars.join(''),
    nodes,
    nodeIndex: Uint32Array.from(nodeIndexes),
    nodeOffset: Uint32Array.from(nodeOffsets),
  };
}

export const foldWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A live DOM range for a sentence, searching from `from` in the folded page text; null if absent. */
export function findSentence(
  page: PageText,
  sentence: string,
  from = 0,
): { range: Range; end: number } | null {
  const needle = foldWhitespace(sentence);
  if (!needle) return null;
  const at = page.folded.indexOf(needle, from);
  if (at < 0) return null;
  const last = at + needle.length - 1;
  const [startNode, startOffset] = position(page, at);
  const [endNode, endOffset] = position(page, last);
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset + 1);
  return { range, end: at + needle.length };
}

/** The text node and offset behind a character of the folded text. */
function position(page: PageText, index: number): [Text, number] {
  const node = page.nodes[page.nodeIndex[index] ?? -1];
  const offset = page.nodeOffset[index];
  if (!node || offset === undefined) throw new Error(`Crosscheck: no page text at ${index}`);
  return [node, offset];
}
