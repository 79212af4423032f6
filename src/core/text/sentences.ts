import type { SentenceSpan } from '../types';

// Intl.Segmenter splits after abbreviations followed by a capital ("Mr. Smith", "Sep. 12",
// "Т. Шевченко"); such a split is merged back.
const ABBREVIATION_AT_END =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Rep|Sen|Gov|St|Jr|Sr|Inc|Corp|Ltd|Co|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|м|г|ст|ім|вул|пр|просп|тис|млн|млрд|грн|руб|т\.?\s?зв|[A-ZА-ЯІЇЄҐ])\.$/u;
/** Enough of a sentence's end for ABBREVIATION_AT_END to decide ("просп." and the space before). */
const ABBREVIATION_TAIL = 12;

/** The longest sentence the engine reads (characters). A longer run without a sentence end (a
 *  1 MB paragraph with no full stop, a 50,000-letter "word") is cut into pieces of at most this
 *  size, at a space where there is one: every later stage then does bounded work per sentence,
 *  and the judge, which compares sentences word by word, stays fast on any text. Real sentences
 *  are shorter: the longest of the BBC collection's 41,000 is 1,063 characters. */
export const MAX_SENTENCE_CHARS = 1200;

// A list number closing a sentence ("…as follows: 1.") opens the next one: the item it numbers.
const LIST_NUMBER_AT_END = /\s(?:\d{1,2}|[a-z])[.)]$/u;
const LIST_NUMBER_ALONE = /^(?:\d{1,2}|[a-z])[.)]$/u;
/** A quotation left open is closed within this many segments, or taken as a stray mark. */
const MAX_QUOTED_SEGMENTS = 6;

/** Splits text into sentences with offsets into it; paragraphs (line breaks) always end a sentence.
 *  A sentence inside a quotation does not end it ("\u201cWe will fight. We will win,\u201d he said." is
 *  one sentence), and a list number is kept with its item. */
export function splitSentences(text: string, language = 'en'): SentenceSpan[] {
  const segmenter = new Intl.Segmenter(language === 'und' ? 'en' : language, {
    granularity: 'sentence',
  });
  const spans: SentenceSpan[] = [];
  const push = (start: number, end: number) => {
    for (const [from, to] of pieces(text, start, end))
      spans.push({ text: text.slice(from, to), start: from, end: to });
  };
  const paragraph = /[^\n]+/g;
  for (let match = paragraph.exec(text); match; match = paragraph.exec(text)) {
    // Spans are kept as offsets until pushed: re-slicing a growing sentence at every merge was
    // quadratic on a paragraph of initials ("A. B. C. …").
    let pending: [number, number] | null = null;
    // Quotation marks of the pending sentence, counted per segment as it grows.
    const quotes = new QuoteCount();
    let quoted = 0;
    for (const segment of segments(segmenter, match[0])) {
      const trimmed = trimSpan(segment.segment, match.index + segment.index);
      if (!trimmed) continue;
      if (pending) {
        const open = quotes.open() && quoted < MAX_QUOTED_SEGMENTS;
        const joins =
          open ||
          endsWithAbbreviation(text, pending[0], pending[1]) ||
          LIST_NUMBER_ALONE.test(text.slice(pending[0], pending[1]));
        if (joins) {
          if (open) quoted++;
          quotes.add(text, trimmed[0], trimmed[1]);
          pending[1] = trimmed[1];
          continue;
        }
        const tail = text.slice(Math.max(pending[0], pending[1] - 4), pending[1]);
        const number = LIST_NUMBER_AT_END.exec(tail);
        if (number && pending[1] - pending[0] > number[0].length) {
          // The number goes with the next sentence.
          const cut = pending[1] - number[0].length + 1;
          const kept = trimSpan(text.slice(pending[0], cut), pending[0]);
          if (kept) push(kept[0], kept[1]);
          trimmed[0] = cut;
        } else push(pending[0], pending[1]);
      }
      pending = trimmed;
      quotes.reset();
      quotes.add(text, trimmed[0], trimmed[1]);
      quoted = 0;
    }
    if (pending) push(pending[0], pending[1]);
  }
  return spans;
}

/** How much of a paragraph the segmenter sees at a time (characters). */
const SEGMENTER_WINDOW = 4096;

/** Intl.Segmenter's sentences of a paragraph, with offsets into it, read through windows of
 *  SEGMENTER_WINDOW characters: V8's segmenter takes longer for each next segment the further
 *  it is into the text (160,000 characters of "Ab cd. " took 5.4 s whole, quadratic). A window's
 *  last segment may be cut by the window's end, so it is read again at the start of the next. */
function* segments(
  segmenter: Intl.Segmenter,
  paragraph: string,
): Generator<{ segment: string; index: number }> {
  let from = 0;
  while (from < paragraph.length) {
    const to = Math.min(paragraph.length, from + SEGMENTER_WINDOW);
    const found = [...segmenter.segment(paragraph.slice(from, to))];
    const last = found.at(-1);
    let next = to;
    if (to < paragraph.length && found.length > 1 && last) next = from + last.index;
    else if (to < paragraph.length) {
      // One sentence longer than the window: it is cut into pieces anyway, but at a space.
      const space = paragraph.lastIndexOf(' ', to - 1);
      if (space > from + SEGMENTER_WINDOW / 2) next = space + 1;
    }
    for (const { segment, index } of found) {
      if (from + index >= next) break;
      yield { segment, index: from + index };
    }
    from = next;
  }
}

function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  const from = Math.max(start, end - ABBREVIATION_TAIL);
  // A tail cut out of a longer sentence must not count its first letter as the sentence start.
  const tail = text.slice(from, end);
  return ABBREVIATION_AT_END.test(from > start ? `\u0000${tail}` : tail);
}

/** [start, end) cut into pieces of at most MAX_SENTENCE_CHARS, each ending at the last space
 *  within the limit when there is one in its second half, never inside a surrogate pair; pieces
 *  are trimmed of the spaces at the cut. */
function pieces(text: string, start: number, end: number): [number, number][] {
  if (end - start <= MAX_SENTENCE_CHARS) return [[start, end]];
  const result: [number, number][] = [];
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    let cut = from + MAX_SENTENCE_CHARS;
    const space = text.lastIndexOf(' ', cut);
    if (space > from + MAX_SENTENCE_CHARS / 2) cut = space;
    else if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--;
    const piece = trimSpan(text.slice(from, cut), from);
    if (piece) result.push(piece);
    from = cut;
  }
  const last = trimSpan(text.slice(from, end), from);
  if (last) result.push(last);
  return result;
}

function trimSpan(segment: string, start: number): [number, number] | null {
  const leading = segment.length - segment.trimStart().length;
  const body = segment.trim();
  if (!body) return null;
  return [start + leading, start + leading + body.length];
}

/** Opening and closing quotation marks seen so far: open when more \u201c than \u201d (or \u00ab
 *  than \u00bb), or an odd number of straight double quotes. */
class QuoteCount {
  private curly = 0;
  private angle = 0;
  private straight = 0;
  reset(): void {
    this.curly = this.angle = this.straight = 0;
  }
  add(text: string, start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x201c) this.curly++;
      else if (code === 0x201d) this.curly--;
      else if (code === 0xab) this.angle++;
      else if (code === 0xbb) this.angle--;
      else if (code === 0x22) this.straight++;
    }
  }
  open(): boolean {
    return this.curly > 0 || this.angle > 0 || this.straight % 2 === 1;
  }
}
