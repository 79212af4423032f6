import type { SentenceSpan } from '../types';

// Intl.Segmenter splits after abbreviations followed by a capital ("Mr. Smith", "Sep. 12",
// "Т. Шевченко"); such a split is merged back.
const ABBREVIATION_AT_END =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Rep|Sen|Gov|St|Jr|Sr|Inc|Corp|Ltd|Co|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|м|г|ст|ім|вул|пр|просп|тис|млн|млрд|грн|руб|т\.?\s?зв|[A-ZА-ЯІЇЄҐ])\.$/u;

/** Splits text into sentences with offsets into it; paragraphs (line breaks) always end a sentence. */
export function splitSentences(text: string, language = 'en'): SentenceSpan[] {
  const segmenter = new Intl.Segmenter(language === 'und' ? 'en' : language, {
    granularity: 'sentence',
  });
  const spans: SentenceSpan[] = [];
  const paragraph = /[^\n]+/g;
  for (let match = paragraph.exec(text); match; match = paragraph.exec(text)) {
    let pending: SentenceSpan | null = null;
    for (const segment of segmenter.segment(match[0])) {
      const start = match.index + segment.index;
      const trimmed = trimSpan(segment.segment, start);
      if (!trimmed) continue;
      if (pending && ABBREVIATION_AT_END.test(pending.text)) {
        pending = {
          text: text.slice(pending.start, trimmed.end),
          start: pending.start,
          end: trimmed.end,
        };
        continue;
      }
      if (pending) spans.push(pending);
      pending = trimmed;
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
