import type { ClaimReport } from '../core/types';

// A small card over the page explaining one highlighted claim. It lives in a closed shadow root,
// so the page's CSS cannot restyle it and the page's scripts cannot read it; text is set with
// textContent only, never as HTML.
const CARD_STYLE = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 360px; padding: 10px 12px; border-radius: 8px;
  background: #1b1b1f; color: #ececf1; font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
.verdict { font-weight: 700; text-transform: uppercase; font-size: 11px; letter-spacing: .04em; }
.uncorroborated { color: #ff8a80; } .differing, .mixed { color: #ffb870; } .corroborated { color: #7fd69b; }
.source { font-weight: 600; margin-top: 6px; } .quote { margin: 2px 0 0; font-style: italic; }
.detail { margin-top: 4px; color: #ffb870; }
.source, .quote, .detail { unicode-bidi: isolate; overflow-wrap: anywhere; }
`;

const VERDICT_TEXT: Record<ClaimReport['verdict'], string> = {
  corroborated: 'Corroborated',
  mixed: 'Mixed: sources agree and differ',
  differing: 'Sources differ',
  uncorroborated: 'Not corroborated by your corpus',
};

export class HoverCard {
  private readonly host: HTMLElement;
  private readonly card: HTMLElement;

  constructor(doc: Document) {
    this.host = doc.createElement('crosscheck-card');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_STYLE;
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'status');
    this.card.setAttribute('aria-live', 'polite');
    this.card.hidden = true;
    shadow.append(style, this.card);
    doc.documentElement.append(this.host);
  }

  show(claim: ClaimReport, anchor: DOMRect): void {
    const doc = this.card.ownerDocument;
    const verdict = doc.createElement('div');
    verdict.className = `verdict ${claim.verdict}`;
    verdict.textContent = VERDICT_TEXT[claim.verdict];
    const parts: HTMLElement[] = [verdict];
    const difference = claim.differences[0];
    const support = claim.support[0];
    if (difference) {
      parts.push(this.line('source', difference.document.outlet ?? difference.document.title));
      parts.push(this.line('quote', difference.sentence));
      for (const detail of difference.details) {
        parts.push(
          this.line('detail', `${detail.kind}: here “${detail.here}”, there “${detail.there}”`),
        );
      }
    } else if (support) {
      parts.push(this.line('source', support.document.outlet ?? support.document.title));
      parts.push(this.line('quote', support.sentence));
    } else {
      parts.push(this.line('quote', 'Nothing in your corpus states this.'));
    }
    this.card.replaceChildren(...parts);
    this.card.hidden = false;
    const view = doc.defaultView;
    const width = Math.min(360, (view?.innerWidth ?? 800) - 16);
    this.card.style.left = `${Math.max(8, Math.min(anchor.left, (view?.innerWidth ?? 800) - width - 8))}px`;
    const below = anchor.bottom + 8;
    this.card.style.top =
      below + 140 < (view?.innerHeight ?? 600)
        ? `${below}px`
        : `${Math.max(8, anchor.top - 148)}px`;
  }

  hide(): void {
    this.card.hidden = true;
  }

  remove(): void {
    this.host.remove();
  }

  /** One line of corpus text: bidi-isolated with its own direction (dir=auto), so a U+202E in a
   *  title reverses nothing around it, and wrapped anywhere, so a 50,000-letter word stays in
   *  the card. */
  private line(className: string, text: string): HTMLElement {
    const element = this.card.ownerDocument.createElement('div');
    element.className = className;
    element.dir = 'auto';
    element.textContent = text;
    return element;
  }
}
