import type { ClaimReport } from '../core/types';
import type {
  HighlightsState,
  PlacementReport,
  RevealResult,
  TabCheckState,
} from '../messages/protocol';
import {
  clearMarks,
  locateClaims,
  paint,
  paintClaims,
  unpaint,
  type ClaimToMark,
  type MarkedClaim,
} from './highlight';
import { HoverCard } from './hover-card';

const FLASH_MS = 1600;

/** Which claims are painted on the page, and in which style. */
export function claimsToMark(claims: ClaimReport[]): ClaimToMark[] {
  return claims.flatMap((claim, index): ClaimToMark[] => {
    if (claim.verdict === 'uncorroborated')
      return [{ index, text: claim.text, style: 'uncorroborated' }];
    if (claim.verdict === 'differing' || claim.verdict === 'mixed') {
      return [{ index, text: claim.text, style: 'differing' }];
    }
    return [];
  });
}

/**
 * The page side of a check: paints the claims, shows a card for the claim under the pointer or
 * reached by keyboard, scrolls to a claim on request. One per page, however often it is injected.
 */
export class PageController {
  private claims: ClaimReport[] = [];
  private toMark: ClaimToMark[] = [];
  private marked: MarkedClaim[] = [];
  private visible = false;
  private focused = -1;
  private card: HoverCard | null = null;
  private pointerFrame = 0;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {
    doc.addEventListener('pointermove', (event) => this.onPointerMove(event), { passive: true });
    doc.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.card?.hide();
    });
  }

  /** Takes a check's result; paints it unless the reader switched highlights off for the site. */
  apply(state: TabCheckState, showHighlights: boolean): PlacementReport {
    if (state.state !== 'done') return { mapped: 0, unmapped: [] };
    this.claims = state.report.claims;
    this.toMark = claimsToMark(this.claims);
    clearMarks(this.doc);
    const located = locateClaims(this.doc, this.toMark);
    this.marked = located.marked;
    this.focused = -1;
    this.setVisible(showHighlights);
    return { mapped: located.marked.length, unmapped: located.unmapped };
  }

  setVisible(visible: boolean | 'toggle'): HighlightsState {
    this.visible = visible === 'toggle' ? !this.visible : visible;
    unpaint(this.doc, ['uncorroborated', 'differing']);
    if (this.visible) paintClaims(this.doc, this.toMark, this.marked);
    else this.card?.hide();
    return { visible: this.visible };
  }

  /** Scrolls to the claim with this text and flashes it. */
  reveal(text: string): RevealResult {
    const index = this.claims.findIndex((claim) => claim.text === text);
    const range =
      this.marked.find((m) => m.index === index)?.range ??
      locateClaims(this.doc, [{ index, text, style: 'uncorroborated' }]).marked[0]?.range;
    if (!range) return { found: false };
    this.scrollTo(range);
    this.flash(range);
    return { found: true };
  }

  /** Keyboard route to the cards: moves to the next painted claim and shows its card. */
  focusNext(): RevealResult {
    if (!this.visible || this.marked.length === 0) return { found: false };
    this.focused = (this.focused + 1) % this.marked.length;
    const target = this.marked[this.focused];
    const claim = target ? this.claims[target.index] : undefined;
    if (!target || !claim) return { found: false };
    this.scrollTo(target.range);
    this.flash(target.range);
    this.cardElement().show(claim, target.range.getBoundingClientRect());
    return { found: true };
  }

  private scrollTo(range: Range): void {
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  private flash(range: Range): void {
    clearTimeout(this.flashTimer);
    unpaint(this.doc, ['flash']);
    paint(this.doc, 'flash', [range]);
    this.flashTimer = setTimeout(() => unpaint(this.doc, ['flash']), FLASH_MS);
  }

  private cardElement(): HoverCard {
    this.card ??= new HoverCard(this.doc);
    return this.card;
  }

  private onPointerMove(event: PointerEvent): void {
    if (!this.visible || this.marked.length === 0 || this.pointerFrame) return;
    // One hit test per frame at most: pointermove fires far more often than the screen paints.
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      const hit = this.claimAt(event.clientX, event.clientY);
      const claim = hit ? this.claims[hit.index] : undefined;
      if (hit && claim) this.cardElement().show(claim, hit.range.getBoundingClientRect());
      else this.card?.hide();
    });
  }

  private claimAt(x: number, y: number): MarkedClaim | undefined {
    const point = caretAt(this.doc, x, y);
    if (!point) return undefined;
    return this.marked.find(({ range }) => {
      try {
        return range.isPointInRange(point.node, point.offset);
      } catch {
        return false; // the point is in another document or a detached node
      }
    });
  }
}

/** The text position under a viewport point: Firefox has caretPositionFromPoint, Chromium both. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if ('caretPositionFromPoint' in doc && typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
