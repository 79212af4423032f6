import { stem, type Token } from '../text/terms';
import type { Language } from '../types';
import { lexicon } from './lexicon';
import { nameSkeleton, transliterate } from './transliterate';
import { stemmer as stemUkrainian } from '@orama/stemmers/ukrainian';
import { stemmer as stemRussian } from '@orama/stemmers/russian';

/** Ukrainian and Russian: the languages matched against English through the lexicon. */
export const isCyrillicLanguage = (language: Language) => language === 'uk' || language === 'ru';

/** True when two sentences' languages need the cross-language path. */
export const crossesLanguages = (a: Language, b: Language) =>
  (isCyrillicLanguage(a) && b === 'en') || (a === 'en' && isCyrillicLanguage(b));

// Names are matched on consonant skeletons, kept apart from ordinary terms by this mark.
const NAME = '~';
/** Skeletons this short match too much by chance ("km" would be Kim, Kama, Kome…). */
const MIN_SKELETON = 2;

/** The English terms one Ukrainian or Russian word may stand for: its lexicon translations, and for
 *  a capitalised word (a name) its transliteration and consonant skeleton. Empty when unknown. */
export function englishTerms(token: Token, language: Language): string[] {
  const found = [...(lexicon().toEnglish.get(token.term) ?? [])];
  if (token.capitalised || !found.length) {
    const word = token.text.toLowerCase();
    const stemmed = language === 'ru' ? stemRussian(word) : stemUkrainian(word);
    for (const latin of new Set([transliterate(word), transliterate(stemmed)]))
      if (/^[a-z]{3,}$/.test(latin)) found.push(stem(latin, 'en'));
    if (token.capitalised) found.push(...nameKeys(transliterate(word), transliterate(stemmed)));
  }
  return [...new Set(found)];
}

/** Terms an English word is compared on against a Ukrainian or Russian sentence. */
export function englishTokenTerms(token: Token): string[] {
  return token.capitalised ? [token.term, ...nameKeys(token.text)] : [token.term];
}

function nameKeys(...spellings: string[]): string[] {
  return [
    ...new Set(spellings.map(nameSkeleton).filter((skeleton) => skeleton.length >= MIN_SKELETON)),
  ].map((skeleton) => NAME + skeleton);
}

/** Ukrainian and Russian index terms an English word may be written as (for finding candidates in
 *  a Ukrainian or Russian corpus). */
export function cyrillicTerms(token: Token): string[] {
  return lexicon().fromEnglish.get(token.term) ?? [];
}
