import type { SentenceSpan } from '../types';

// Intl.Segmenter splits after abbreviations followed by a capital ("Mr. Smith", "Sep. 12",
// "Т. Шевченко"); such a split is merged back.
const ABBREVIATION_AT_END =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Rep|Sen|Gov|St|Jr|Sr|Inc|Corp|Ltd|Co|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|м|г|ст|ім|вул|пр|просп|тис|млн|млрд|грн|руб|т\.?\s?зв|[A-ZА-ЯІЇЄҐ])\.$/u;

// A list number closing a sentence ("…as follows: 1.") opens the next one: the item it numbers.
const LIST_NUMBER_AT_END = /\s(\d{1,2}|[a-z])[.)]$/u;
const LIST_NUMBER_ALONE = /^(?:\d{1,2}|[a-z])[.)]$/u;
/** A quotation left open is closed within this many segments, or taken as a stray mark. */
const MAX_QUOTED_SEGMENTS = 6;

/** Splits text into sentences with offsets into it; paragraphs (line breaks) always end a sentence.
 *  A sentence inside a quotation does not end it ("\u201cWe will fight. We will win,\u201d he said." is one
 *  sentence), and a list number is kept with its item. */
export function splitSentences(text: string, language = 'en'): SentenceSpan[] {
  const segmenter = new Intl.Segmenter(language === 'und' ? 'en' : language, {
    granularity: 'sentence',
  });
  const spans: SentenceSpan[] = [];
  const paragraph = /[^\n]+/g;
  for (let match = paragraph.exec(text); match; match = paragraph.exec(text)) {
    let pending: SentenceSpan | null = null;
    let quoted = 0;
    for (const segment of segmenter.segment(match[0])) {
      const start = match.index + segment.index;
      let trimmed = trimSpan(segment.segment, start);
      if (!trimmed) continue;
      const open = pending !== null && openQuotation(pending.text) && quoted < MAX_QUOTED_SEGMENTS;
      const joins =
        pending !== null &&
        (ABBREVIATION_AT_END.test(pending.text) || LIST_NUMBER_ALONE.test(pending.text));
      if (pending && (joins || open)) {
        quoted = open ? quoted + 1 : quoted;
        pending = {
          text: text.slice(pending.start, trimmed.end),
          start: pending.start,
          end: trimmed.end,
        };
        continue;
      }
      if (pending) {
        const previous: SentenceSpan = pending;
        const number = LIST_NUMBER_AT_END.exec(previous.text);
        if (number && previous.text.length > number[0].length) {
          const cut: number = previous.text.length - number[0].length + 1;
          trimmed = {
            text: text.slice(previous.start + cut, trimmed.end),
            start: previous.start + cut,
            end: trimmed.end,
          };
          const kept = trimSpan(previous.text.slice(0, cut), previous.start);
          if (kept) spans.push(kept);
        } else spans.push(previous);
      }
      pending = trimmed;
      quoted = 0;
    }
    if (pending) spans.push(pending);
  }
  return spans;
}

function trimSpan(segment: string, start: number): SentenceSpan | null {
  const leading = segment.length - segment.trimStart().length;
  const body = segment.trim();
  if (!body) return null;
  return { text: body, start: start + leading, end: start + leading + body.length };
}

/** True when the text opens a quotation it does not close: more \u201c than \u201d (or \u00ab than
 *  \u00bb), or an odd number of straight double quotes. */
function openQuotation(text: string): boolean {
  let curly = 0;
  let angle = 0;
  let straight = 0;
  for (const char of text)
    if (char === '\u201c') curly++;
    else if (char === '\u201d') curly--;
    else if (char === '\u00ab') angle++;
    else if (char === '\u00bb') angle--;
    else if (char === '"') straight++;
  return curly > 0 || angle > 0 || straight % 2 === 1;
}
