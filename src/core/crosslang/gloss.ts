import { tokenize } from '../text/terms';
import type { Language } from '../types';
import { lexicon } from './lexicon';
import { transliterate } from './transliterate';

/** A word-by-word English gloss of a Ukrainian or Russian sentence for a reader who does not read
 *  it: lexicon words where known, names transliterated, other words left as written. Not a
 *  translation: word order and grammar stay the original's. */
export function englishGloss(text: string, language: Language): string {
  const { headword } = lexicon();
  return tokenize(text, language)
    .map((token) => {
      const known = headword.get(token.term);
      if (known) return known;
      return token.capitalised ? capitalise(transliterate(token.text)) : token.text;
    })
    .join(' ');
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
