import { tokenize, type Token } from '../text/terms';
import type { Language } from '../types';
import { findDates, type DateMention } from './dates';
import { findEntities, type Entity } from './entities';
import { findNegations } from './negation';
import { findNumbers, type NumberMention } from './numbers';
import type { RoleWord } from './name-roles';

export type { DateMention, Entity, NumberMention };

/** Everything the comparison needs to know about one sentence. */
export interface SentenceFeatures {
  text: string;
  language: Language;
  tokens: Token[];
  numbers: NumberMention[];
  dates: DateMention[];
  entities: Entity[];
  negations: { text: string; tokens: number[] }[];
  /** Vague quantities ("several", "dozens", "кілька") by token index. */
  quantifiers: { text: string; tokens: number[] }[];
  /** Role words of the names in the sentence, from its whole document (see name-roles.ts), by
   *  lower-cased name word. Absent when the sentence is read on its own. */
  roles?: ReadonlyMap<string, readonly RoleWord[]>;
}

const QUANTIFIER =
  /^(?:several|few|dozens|hundreds|thousands|millions|many|numerous|multiple|some|most|all|кілька|декілька|багато|десятки|сотні|тисячі|несколько|много|десятки|сотни|тысячи)$/iu;

export function analyseSentence(text: string, language: Language): SentenceFeatures {
  const tokens = tokenize(text, language);
  const dates = findDates(tokens);
  const dateTokens = new Set(dates.flatMap((date) => date.tokens));
  const numbers = findNumbers(text, tokens, dateTokens);
  const quantifiers = tokens.flatMap((token, i) =>
    QUANTIFIER.test(token.text) && !numbers.some((n) => n.tokens.includes(i))
      ? [{ text: token.text, tokens: [i] }]
      : [],
  );
  return {
    text,
    language,
    tokens,
    numbers,
    dates,
    entities: findEntities(text, tokens, dateTokens),
    negations: findNegations(text, tokens),
    quantifiers,
  };
}
