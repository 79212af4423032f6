import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/core/claims/clauses';
import type { Language } from '../../src/core';

const clauses = (text: string, language: Language, offset = 0) =>
  splitClauses([{ text, start: offset, end: offset + text.length }], language);

const KIM_UK =
  'Він провів зустріч із президентом РФ Володимиром Путіним, відвідав авіазаводи у Комсомольську-на-Амурі, де будують російські винищувачі, та оглянув російські ядерні бомбардувальники і гіперзвукові ракети на аеродромі «Кневичі» поблизу Владивостока.';

describe('clause-level claims', () => {
  it('splits a Ukrainian sentence that coordinates three predicates, with offsets into the text', () => {
    const page = `Заголовок.\n${KIM_UK}`;
    const found = clauses(KIM_UK, 'uk', 11);
    expect(found.map((c) => c.text)).toEqual([
      'Він провів зустріч із президентом РФ Володимиром Путіним',
      'відвідав авіазаводи у Комсомольську-на-Амурі, де будують російські винищувачі',
      'оглянув російські ядерні бомбардувальники і гіперзвукові ракети на аеродромі «Кневичі» поблизу Владивостока.',
    ]);
    for (const clause of found) expect(page.slice(clause.start, clause.end)).toBe(clause.text);
  });

  it('carries the subject over to later clauses for matching, not into their text', () => {
    const [first, second, third] = clauses(
      'Kim met Russian President Vladimir Putin, visited aircraft factories in Komsomolsk-on-Amur, and inspected nuclear-capable bombers near Vladivostok.',
      'en',
    );
    expect(first?.match).toBe(first?.text);
    expect(second?.text).toBe('visited aircraft factories in Komsomolsk-on-Amur');
    expect(second?.match).toBe('Kim visited aircraft factories in Komsomolsk-on-Amur');
    expect(third?.match).toBe('Kim inspected nuclear-capable bombers near Vladivostok.');
  });

  it('splits Russian coordinated predicates', () => {
    const found = clauses(
      'Он провёл встречу с президентом России Владимиром Путиным, посетил авиазаводы в Комсомольске-на-Амуре, и осмотрел российские ядерные бомбардировщики под Владивостоком.',
      'ru',
    );
    expect(found.map((c) => c.text.split(' ')[0])).toEqual(['Он', 'посетил', 'осмотрел']);
  });

  it.each([
    [
      'a list of nouns',
      'en',
      'Kim inspected Russian nuclear-capable strategic bombers, hypersonic missiles and warships on Saturday, accompanied by Sergei Shoigu.',
    ],
    [
      'a comma before a verb with no conjunction in the series',
      'en',
      'The ministry said on Friday, visited by reporters from several outlets in the city.',
    ],
    [
      'a relative clause',
      'uk',
      'Кім відвідав авіазаводи у Комсомольську-на-Амурі, де будують російські винищувачі.',
    ],
    [
      'a conjunction inside quotes',
      'uk',
      'Кім і Шойгу «обмінялися думками щодо співпраці, та обговорили питання оборони» у суботу.',
    ],
    [
      'a clause too short to stand alone',
      'en',
      'Kim toured the Pacific Fleet headquarters near Vladivostok, and smiled.',
    ],
    [
      'a Ukrainian list of nouns',
      'uk',
      'Кім оглянув бомбардувальники, гіперзвукові ракети та військові кораблі у Владивостоці.',
    ],
  ] as const)('leaves %s whole', (_, language, text) => {
    expect(clauses(text, language)).toEqual([{ text, start: 0, end: text.length, match: text }]);
  });
});
