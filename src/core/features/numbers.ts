import type { Token } from '../text/terms';

/** A number stated in a sentence, scaled by its magnitude word ("3.5 million" → 3 500 000). */
export interface NumberMention {
  value: number;
  /** 'percent', 'currency' or 'count': numbers are only compared within one kind. */
  unit: 'percent' | 'currency' | 'count';
  /** True when a magnitude word scaled it: a change there is a change of quantity. */
  scaled: boolean;
  text: string;
  /** Indexes of the tokens it spans. */
  tokens: number[];
}

const MAGNITUDES: [RegExp, number][] = [
  [/^(?:hundreds?|сотн)/iu, 1e2],
  [/^(?:thousands?|тис|тыс|k$)/iu, 1e3],
  [/^(?:millions?|mln|мільйон|миллион|млн|m$)/iu, 1e6],
  [/^(?:billions?|bln|bn|мільярд|миллиард|млрд)/iu, 1e9],
  [/^(?:trillions?|трильйон|триллион|трлн)/iu, 1e12],
];
const PERCENT = /^(?:percent|per|відсот|процент|%)/iu;
const SPELLED: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
  два: 2,
  дві: 2,
  три: 3,
  чотири: 4,
  четыре: 4,
  "п'ять": 5,
  пять: 5,
  десять: 10,
};

/** Numbers in the tokens, skipping those `taken` by dates (days, years). */
export function findNumbers(text: string, tokens: Token[], taken: Set<number>): NumberMention[] {
  const found: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || taken.has(i)) continue;
    const lower = token.text.toLowerCase();
    let value = /^\d/.test(lower) ? Number(lower.replace(/,/g, '')) : SPELLED[lower];
    if (value === undefined || Number.isNaN(value)) continue;
    const span = [i];
    let scaled = false;
    const next = tokens[i + 1];
    const magnitude = next && MAGNITUDES.find(([pattern]) => pattern.test(next.text));
    if (next && magnitude) {
      value *= magnitude[1];
      scaled = true;
      span.push(i + 1);
    }
    const lastIndex = span[span.length - 1] ?? i;
    const last = tokens[lastIndex] ?? token;
    const after = tokens[lastIndex + 1];
    const before = text.slice(Math.max(0, token.start - 2), token.start);
    const percent = text.charAt(last.end) === '%' || (after && PERCENT.test(after.text));
    const unit = percent ? 'percent' : /[$€£¥₴₽]/u.test(before) ? 'currency' : 'count';
    found.push({ value, unit, scaled, text: text.slice(token.start, last.end), tokens: span });
  }
  return found;
}

/** Same number, allowing the rounding news copy does ("1.2 million" for 1,215,000). */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  if (a.value === b.value) return true;
  const larger = Math.max(Math.abs(a.value), Math.abs(b.value));
  return (a.scaled || b.scaled) && Math.abs(a.value - b.value) / larger < 0.05;
}
