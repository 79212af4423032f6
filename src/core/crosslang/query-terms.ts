import { tokenize } from '../text/terms';
import type { Language } from '../types';
import { cyrillicTerms, englishTerms, isCyrillicLanguage } from './token-terms';

/** Index terms that find a claim's counterparts in the other language family: English terms for a
 *  Ukrainian or Russian claim, Ukrainian and Russian ones for an English claim. Name skeletons are
 *  for comparing only: the index does not hold them. */
export function crossLanguageQuery(text: string, language: Language): string[] {
  const terms = new Set<string>();
  for (const token of tokenize(text, language)) {
    if (token.stop) continue;
    const found = isCyrillicLanguage(language)
      ? englishTerms(token, language)
      : language === 'en'
        ? cyrillicTerms(token)
        : [];
    for (const term of found) if (!term.startsWith('~')) terms.add(term);
  }
  return [...terms];
}
