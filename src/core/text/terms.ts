import { eng, rus, ukr } from 'stopword';
import { stemmer as stemEnglish } from 'stemmer';
import { stemmer as stemUkrainian } from '@orama/stemmers/ukrainian';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { canonicalSpelling } from './name-variants';
import type { Language } from '../types';

/** A word of a text with its offsets, as comparison and feature extraction see it. */
export interface Token {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
  /** Normalised, stemmed form: what the index and the comparison match on. */
  term: string;
  /** True for stopwords (never for negations): they carry no content of their own. */
  stop: boolean;
  /** Starts with a capital letter as written. */
  capitalised: boolean;
}

// Negations decide corroborates versus differs, so they are never dropped as stopwords.
export const NEGATIONS = new Set([
  'not',
  "n't",
  'no',
  'never',
  'nor',
  'neither',
  'none',
  'nobody',
  'nothing',
  'without',
  'не',
  'ні',
  'нет',
  'ни',
  'без',
  'ніколи',
  'никогда',
]);
// The stopword package's English list has few prepositions; these only relate other words.
const FUNCTION_PREPOSITIONS = [
  'amid',
  'amidst',
  'among',
  'amongst',
  'besides',
  'concerning',
  'despite',
  'during',
  'onto',
  'per',
  'regarding',
  'throughout',
  'till',
  'toward',
  'towards',
  'until',
  'upon',
  'via',
  'within',
];
const EXTRA_STOPWORDS = [
  'also',
  'says',
  'say',
  'told',
  'one',
  'the',
  'its',
  'it',
  'this',
  'that',
  ...FUNCTION_PREPOSITIONS,
];
const STOPWORDS = new Set(
  [...eng, ...ukr, ...rus, ...EXTRA_STOPWORDS].filter((word) => !NEGATIONS.has(word)),
);
// Words split at hyphens and slashes ("Jong-un", "nuclear-capable"); apostrophes stay inside.
const WORD = /\d+(?:,\d{3})*(?:\.\d+)?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
// Ukrainian and Russian inflection changes stems the Snowball stemmers leave apart (Кореї/Кореєю,
// Росії/Росія); cutting stems to a prefix joins them at the price of a few collisions.
const CYRILLIC_PREFIX = 6;

// Stemming is most of the cost of reading a sentence, and news vocabulary repeats: stems are kept,
// per language, up to a bound that holds a large corpus' working vocabulary (a few MB at most).
const STEM_CACHE_LIMIT = 100_000;
const stemCache = new Map<string, string>();

export function stem(token: string, language: Language): string {
  const key = language === 'ru' ? `r${token}` : token;
  let stemmed = stemCache.get(key);
  if (stemmed === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(key, (stemmed = stemUncached(token, language)));
  }
  return stemmed;
}

function stemUncached(token: string, language: Language): string {
  if (/^\p{N}/u.test(token)) return token.replace(/,/g, '');
  if (/\p{Script=Cyrillic}/u.test(token)) {
    const stemmed = language === 'ru' ? stemRussian(token) : stemUkrainian(token);
    return stemmed.slice(0, CYRILLIC_PREFIX);
  }
  return stemEnglish(canonicalSpelling(token));
}

/** The words of a text with offsets, normalised terms and stopword flags. */
export function tokenize(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const lower = normalise(raw);
    const start = match.index;
    tokens.push({
      text: raw,
      start,
      end: start + raw.length,
      term: NEGATIONS.has(lower) ? lower : stem(lower, language),
      stop: isStopword(lower),
      capitalised: /^\p{Lu}/u.test(raw),
    });
  }
  return tokens;
}

/** The words of a text that are not stopwords, as written: what `tokenize` keeps, without the
 *  cost of stemming. */
export function contentWords(text: string): string[] {
  return [...text.matchAll(WORD)]
    .map((match) => match[0])
    .filter((raw) => !isStopword(normalise(raw)));
}

function normalise(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return lower.endsWith("n't") ? 'not' : lower.replace(/'s?$/, '');
}

function isStopword(lower: string): boolean {
  return STOPWORDS.has(lower) || (lower.length < 2 && !/\d/.test(lower));
}

/** Distinct index terms of a sentence: lower-cased, stopwords out, stemmed. */
export function indexTerms(text: string, language: Language): string[] {
  return termsOf(tokenize(text, language));
}

/** Distinct index terms of tokenized text (what indexTerms gives for its text). */
export function termsOf(tokens: readonly Token[]): string[] {
  const terms = new Set<string>();
  for (const token of tokens) if (!token.stop) terms.add(token.term);
  return [...terms];
}
