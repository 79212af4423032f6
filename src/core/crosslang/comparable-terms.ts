import type { SentenceFeatures } from '../features';
import type { Language } from '../types';
import {
  crossesLanguages,
  englishTerms,
  englishTokenTerms,
  isCyrillicLanguage,
} from './token-terms';

// A sentence is compared with many candidates of one other language in a check: its per-token
// terms are worked out once per sentence and direction. Keyed by the sentence's tokens, which the
// copies of its features that carry a document's name roles share.
const cache = new WeakMap<object, Map<string, string[][]>>();

/** Per token of `x`, the terms it is matched on against a sentence in `other`: its own term within
 *  a language (or between Ukrainian and Russian), English terms from Ukrainian or Russian, and an
 *  English word's term plus its name skeleton towards Ukrainian or Russian. */
export function comparableTerms(x: SentenceFeatures, other: Language): string[][] {
  const crossing = crossesLanguages(x.language, other);
  const key = crossing ? other : 'own';
  let byDirection = cache.get(x.tokens);
  if (!byDirection) cache.set(x.tokens, (byDirection = new Map()));
  let terms = byDirection.get(key);
  if (!terms) {
    terms = !crossing
      ? x.tokens.map((token) => [token.term])
      : isCyrillicLanguage(x.language)
        ? x.tokens.map((token) => englishTerms(token, x.language))
        : x.tokens.map(englishTokenTerms);
    byDirection.set(key, terms);
  }
  return terms;
}

/** Every term the content words of `y` are matched on against a sentence in `other`, tokens in
 *  `skip` left out: what a word of that sentence is looked up in. */
export function contentTermSet(
  y: SentenceFeatures,
  other: Language,
  skip: ReadonlySet<number> = new Set(),
): Set<string> {
  const terms = new Set<string>();
  const termsOfY = comparableTerms(y, other);
  y.tokens.forEach((token, i) => {
    if (!token.stop && !skip.has(i)) for (const term of termsOfY[i] ?? []) terms.add(term);
  });
  return terms;
}
