import { eng, rus, ukr } from 'stopword';
import { stemmer as stemEnglish } from 'stemmer';
import { stemmer as stemUkrainian } from '@orama/stemmers/ukrainian';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import type { Language } from './types';

// Negations decide corroborates versus differs, so they are never dropped as stopwords.
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'не', 'ні', 'нет', 'ни', 'без']);
const STOPWORDS = new Set([...eng, ...ukr, ...rus].filter((word) => !NEGATIONS.has(word)));
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((token) => token.replace(/’/g, "'"));
}

export function stem(token: string, language: Language): string {
  if (/^\p{N}/u.test(token)) return token;
  if (/\p{Script=Cyrillic}/u.test(token)) {
    return language === 'ru' ? stemRussian(token) : stemUkrainian(token);
  }
  return stemEnglish(token.replace(/'s$/, ''));
}

/** Distinct index terms of a sentence: lower-cased, stopwords out, stemmed. */
export function indexTerms(text: string, language: Language): string[] {
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    if (STOPWORDS.has(token) || token.length < 2) continue;
    terms.add(stem(token, language));
  }
  return [...terms];
}
