// Edits of a sentence that the BBC-built pairs are made of: copies that state a detail otherwise,
// garbled extracts, and faithful shortenings.

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const AUXILIARY = /\b(is|are|was|were|has|have|had|will|would|can|could|did|does|should)\b/;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Copies of a sentence that state one detail otherwise: a number, a day or month, a name, or
 *  whether it happened at all. */
export function alterations(text: string, otherName: string): string[] {
  const out: string[] = [];
  const number = /\b\d+(?:[.,]\d+)?\b/.exec(text);
  if (number) {
    const value = Number(number[0].replace(/,/g, ''));
    const changed = Number.isInteger(value) ? String(value * 2 + 3) : (value * 1.7).toFixed(1);
    out.push(text.slice(0, number.index) + changed + text.slice(number.index + number[0].length));
  }
  const negated = / not /.test(text)
    ? text.replace(/ not /, ' ')
    : AUXILIARY.test(text)
      ? text.replace(AUXILIARY, '$1 not')
      : null;
  if (negated) out.push(negated);
  const day = [...WEEKDAYS, ...MONTHS].find((d) => text.includes(d));
  if (day) {
    const list = WEEKDAYS.includes(day) ? WEEKDAYS : MONTHS;
    out.push(text.replace(day, list[(list.indexOf(day) + 3) % list.length] ?? day));
  }
  const name = /(?<=\s)\p{Lu}\p{Ll}{3,}/u.exec(text);
  if (name && name[0] !== otherName && !text.includes(otherName))
    out.push(text.slice(0, name.index) + otherName + text.slice(name.index + name[0].length));
  return out;
}

/** Extracts of a sentence that keep its words but not what it says, the way summarisers garble
 *  them (the kinds of errors Falke annotates; FactCC builds its training data the same way): two
 *  names swapped, a word said twice. Cuts are not among them: Falke's annotators take most
 *  sentences cut off mid-clause as correct, and a copy with a few words cut from inside a clause
 *  ("said earlier that" → "said that") is as often a faithful shortening as a distortion. */
export function distortions(text: string): string[] {
  const out: string[] = [];
  const tokens = text.split(' ');
  const names = [
    ...new Set(text.match(/(?<=\s)\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}{2,})*/gu) ?? []),
  ].filter((name) => !WEEKDAYS.includes(name) && !MONTHS.includes(name));
  if (names.length >= 2 && names[0] && names[1]) {
    const [x, y] = [names[0], names[1]];
    out.push(text.replaceAll(x, '\u0000').replaceAll(y, x).replaceAll('\u0000', y));
  }
  // Positions inside a clause: neither word next to a punctuation mark.
  const inside = tokens
    .map((t, i) => i)
    .filter(
      (i) =>
        i > 1 &&
        i < tokens.length - 3 &&
        !/[,;:()"“”]/u.test(`${tokens[i - 1]}${tokens[i]}${tokens[i + 1]}${tokens[i + 2]}`),
    );
  const at = inside[Math.floor(inside.length / 2)];
  if (at !== undefined) {
    const word = tokens.slice(at).find((t) => t.length > 3);
    if (word) out.push(text.replace(` ${word} `, ` ${word} ${word} `));
  }
  return out.filter((d) => d !== text);
}

/** The sentence without an aside between commas (", who …,", ", the report said,"): a faithful
 *  shortening. */
export function withoutAside(text: string): string | null {
  const match = /, [^,]{8,60}, /u.exec(text);
  if (!match || match.index < 20) return null;
  return text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length);
}

/** The sentence up to its first comma, when both parts are substantial (a main clause and what
 *  the sentence adds to it: a subordinate clause, a circumstance, an attribution). */
export function mainClause(text: string): string | null {
  const cut = text.indexOf(', ');
  if (cut < 0) return null;
  const main = text.slice(0, cut).trim();
  return words(main) >= 6 && words(text.slice(cut)) >= 4 ? `${main}.` : null;
}
