// The hover card lives in a closed shadow root, which page scripts (and so page.evaluate and
// Playwright's selectors) cannot enter. The DevTools protocol can: DOM.getDocument with
// `pierce: true` returns closed shadow roots too. Chromium only.
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

export interface ClosedShadowElement {
  /** The shadow root's type as the protocol reports it ('closed' for the card). */
  shadowRootType: string | null;
  /** Attributes of the first element with the class `className` inside the shadow root. */
  attributes: Record<string, string>;
  /** Its text content, tags stripped. */
  text: string;
  /** Its border box in viewport CSS pixels, or null when it is not rendered (e.g. `hidden`). */
  box: { x: number; y: number; width: number; height: number } | null;
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

function attributesOf(node: DomNode): Record<string, string> {
  const list = node.attributes ?? [];
  const result: Record<string, string> = {};
  for (let i = 0; i + 1 < list.length; i += 2) result[list[i] ?? ''] = list[i + 1] ?? '';
  return result;
}

/**
 * The element with class `className` in the shadow root of the first `hostName` element, or null
 * when there is no such host (or no such element in it).
 */
export async function readClosedShadow(
  page: Page,
  hostName: string,
  className: string,
): Promise<ClosedShadowElement | null> {
  const session: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = find(root, (n) => n.nodeName.toLowerCase() === hostName);
    const shadow = host?.shadowRoots?.[0];
    if (!host || !shadow) return null;
    const element = find(shadow, (n) =>
      (attributesOf(n).class ?? '').split(/\s+/).includes(className),
    );
    if (!element) return null;
    const { outerHTML } = await session.send('DOM.getOuterHTML', { nodeId: element.nodeId });
    let box: ClosedShadowElement['box'] = null;
    try {
      const { model } = await session.send('DOM.getBoxModel', { nodeId: element.nodeId });
      const [x1 = 0, y1 = 0, x2 = 0, , , y3 = 0] = model.border;
      box = { x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
    } catch {
      // No layout box: the element is not rendered.
    }
    return {
      shadowRootType: shadow.shadowRootType ?? null,
      attributes: attributesOf(element),
      text: outerHTML
        .replace(/<style[\s\S]*?<\/style>/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
      box,
    };
  } finally {
    await session.detach().catch(() => undefined);
  }
}
