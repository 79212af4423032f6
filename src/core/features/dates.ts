import type { Token } from '../text/terms';

/** A date or part of one: compared only with the same kind (a weekday with a weekday). */
export interface DateMention {
  kind: 'weekday' | 'day' | 'month' | 'year';
  value: string;
  text: string;
  tokens: number[];
}

// Weekday and month names. Latin ones must be whole words ("Sun" in "Kang Sun-nam" is no Sunday;
// "Jan" is a name): abbreviations count only next to a day number. Cyrillic patterns match the
// inflected forms and avoid look-alikes (серед "among", червоний "red", четвертий "fourth").
const WEEKDAYS: [RegExp, string][] = [
  [/^(?:monday|понеділ|понедельн)/iu, 'mon'],
  [/^(?:tuesday|вівтор|вторник)/iu, 'tue'],
  [/^(?:wednesday$|серед[аиуі]$|сред[аеуы]$)/iu, 'wed'],
  [/^(?:thursday$|четвер(?:г(?:а|у|ом)?)?$)/iu, 'thu'],
  [/^(?:friday|п'ятниц|пятниц)/iu, 'fri'],
  [/^(?:saturday|субот|суббот)/iu, 'sat'],
  [/^(?:sunday|неділ|воскресен)/iu, 'sun'],
];
const MONTHS: [RegExp, string][] = [
  [/^(?:january$|січн|январ)/iu, '1'],
  [/^(?:february$|лют(?:ого|ий|ому)$|феврал)/iu, '2'],
  [/^(?:march$|березн|март)/iu, '3'],
  [/^(?:april$|квітн|апрел)/iu, '4'],
  [/^(?:may$|травн|ма[йя]$)/iu, '5'],
  [/^(?:june$|червн|июн)/iu, '6'],
  [/^(?:july$|липн|июл)/iu, '7'],
  [/^(?:august$|серпн|август)/iu, '8'],
  [/^(?:september$|вересн|сентябр)/iu, '9'],
  [/^(?:october$|жовтн|октябр)/iu, '10'],
  [/^(?:november$|листопад|ноябр)/iu, '11'],
  [/^(?:december$|грудн|декабр)/iu, '12'],
];
const MONTH_ABBREVIATIONS: Record<string, string> = {
  jan: '1',
  feb: '2',
  mar: '3',
  apr: '4',
  jun: '6',
  jul: '7',
  aug: '8',
  sep: '9',
  sept: '9',
  oct: '10',
  nov: '11',
  dec: '12',
};

function lookup(table: [RegExp, string][], word: string): string | undefined {
  return table.find(([pattern]) => pattern.test(word))?.[1];
}

const isDay = (token: Token | undefined) =>
  !!token && /^\d{1,2}$/.test(token.text) && +token.text <= 31;

/** Weekdays, day-and-month, months and years. English month abbreviations ("Mar", "May") must be
 *  capitalised to count, so "may" the verb is not a month. */
export function findDates(tokens: Token[]): DateMention[] {
  const found: DateMention[] = [];
  tokens.forEach((token, i) => {
    const word = token.text;
    if (/^[A-Za-z]/.test(word) && !token.capitalised) return;
    const weekday = lookup(WEEKDAYS, word);
    if (weekday) {
      found.push({ kind: 'weekday', value: weekday, text: word, tokens: [i] });
      return;
    }
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const day = isDay(after) ? after : isDay(before) ? before : undefined;
    const month = lookup(MONTHS, word) ?? (day && MONTH_ABBREVIATIONS[word.toLowerCase()]);
    if (month) {
      if (day) {
        const index = day === after ? i + 1 : i - 1;
        const ordered = [i, index].sort((x, y) => x - y);
        found.push({
          kind: 'day',
          value: `${month}-${+day.text}`,
          text: ordered.map((k) => tokens[k]?.text).join(' '),
          tokens: ordered,
        });
      } else found.push({ kind: 'month', value: month, text: word, tokens: [i] });
      return;
    }
    if (/^(?:19|20)\d\d$/.test(word))
      found.push({ kind: 'year', value: word, text: word, tokens: [i] });
  });
  return found;
}
