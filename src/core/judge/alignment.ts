import { comparableTerms } from '../crosslang/comparable-terms';
import { nameKey } from '../features/name-roles';
import type { SentenceFeatures } from '../features';
import { termsMatch } from '../text/term-match';
import type { Token } from '../text/terms';
import { wordMeaning, type WordMeaning } from '../meaning/word-meaning';
import { pairMeaning, type PairMeaning } from './pair-meaning';

/** How a content word of one sentence is found in the other. */
export type MatchKind = 'exact' | 'related' | 'similar' | 'none';

export interface WordMatch {
  /** Token index in its own sentence. */
  token: number;
  /** Index of the best-matching token of the other sentence, or -1. */
  other: number;
  kind: MatchKind;
  /** 1 for an exact (stem, prefix or lexicon) match, the vector similarity otherwise. */
  similarity: number;
  /** How much the word says (see WordMeaning.informativeness); its weight in coverage. */
  weight: number;
}

/** A word-vector similarity below this is topic, not meaning: unrelated news words score 0.2–0.4,
 *  words of one story 0.5–0.6 ("Korea" / "nuclear", names are never matched by vector), stand-ins
 *  from about 0.55 ("chief" / "minister" 0.59). The model weighs coverage at this level and at
 *  STRONG_SIMILARITY apart, so the threshold only bounds what it may count. */
const SIMILAR_MIN = 0.55;
/** Similarity credited to a WordNet relation (synonym, derivation, hypernym) without a vector. */
const RELATED_SIMILARITY = 0.8;

/** Each content word of `x` (stopwords and `skipX` left out) with its best counterpart among the
 *  content words of `y` (`skipY` left out): exact stems or lexicon translations first, then
 *  WordNet relations and word vectors (English pairs, once installed). */
export function alignWords(
  x: SentenceFeatures,
  y: SentenceFeatures,
  skipX: ReadonlySet<number> = new Set(),
  skipY: ReadonlySet<number> = new Set(),
  /** Take the skipped words of `x` as stated instead of leaving them out (the differing details,
   *  when the judge asks whether the sentences would say the same but for them). */
  skippedAsStated = false,
  /** The pair's word lookups, shared with the other direction and the soft cosine. */
  shared?: PairMeaning,
): WordMatch[] {
  const termsX = comparableTerms(x, y.language);
  const termsY = comparableTerms(y, x.language);
  const meaning = x.language === 'en' && y.language === 'en' ? wordMeaning() : null;
  const lookups = meaning ? (shared ?? pairMeaning(x, y, meaning)) : null;
  const others: number[] = [];
  y.tokens.forEach((token, j) => {
    if (!token.stop && !skipY.has(j)) others.push(j);
  });
  const matches: WordMatch[] = [];
  x.tokens.forEach((token, i) => {
    if (token.stop || (skipX.has(i) && !skippedAsStated)) return;
    const weight = meaning ? meaning.informativeness(token.text) : 1;
    if (skipX.has(i)) {
      matches.push({ token: i, other: -1, kind: 'exact', similarity: 1, weight });
      return;
    }
    const mine = termsX[i] ?? [token.term];
    // Exact matches first: most matched words have one, and then no vector or WordNet lookup is
    // needed for them.
    const exact = others.find((j) =>
      mine.some((term) => (termsY[j] ?? []).some((other) => termsMatch(term, other))),
    );
    let best: WordMatch =
      exact === undefined
        ? { token: i, other: -1, kind: 'none', similarity: 0, weight }
        : { token: i, other: exact, kind: 'exact', similarity: 1, weight };
    // A name stands for its role in its own document ("Kim" for "North Korea's leader") and a
    // role word for the name it goes with there.
    if (exact === undefined && (x.roles || y.roles)) {
      const role = roleMatch(x, i, y, others, mine, termsY, meaning);
      if (role) best = { token: i, weight, ...role };
    }
    // Names and numbers match only as written (or through transliteration and aliases): their
    // vectors say which story they belong to, not what they are.
    if (exact === undefined && lookups && softMatchable(token))
      for (const j of others) {
        if (!softMatchable(y.tokens[j])) continue;
        const similarity = lookups.similarity(i, j);
        const related = lookups.related(i, j);
        const score = related ? Math.max(similarity, RELATED_SIMILARITY) : similarity;
        if (score > best.similarity && (related || similarity >= SIMILAR_MIN))
          best = {
            token: i,
            other: j,
            kind: related ? 'related' : 'similar',
            similarity: score,
            weight,
          };
      }
    matches.push(best);
  });
  return matches;
}

/** The counterpart of token `i` of `x` through a name's role: a word of `x` that is a role word of
 *  a name in `y`, or a name of `x` whose role words `y` states. */
function roleMatch(
  x: SentenceFeatures,
  i: number,
  y: SentenceFeatures,
  others: readonly number[],
  mine: readonly string[],
  termsY: readonly (readonly string[] | undefined)[],
  meaning: WordMeaning | null,
): Pick<WordMatch, 'other' | 'kind' | 'similarity'> | null {
  const token = x.tokens[i];
  if (!token) return null;
  let best: Pick<WordMatch, 'other' | 'kind' | 'similarity'> | null = null;
  for (const j of y.roles ? others : []) {
    const words = y.roles?.get(nameKey(y.tokens[j]));
    if (!words) continue;
    for (const role of words) {
      if (mine.some((term) => termsMatch(term, role.term)))
        return { other: j, kind: 'related', similarity: RELATED_SIMILARITY };
      const similarity =
        meaning && softMatchable(token) ? meaning.similarity(token.text, role.word) : 0;
      if (similarity >= SIMILAR_MIN && similarity > (best?.similarity ?? 0))
        best = { other: j, kind: 'similar', similarity };
    }
  }
  const words = x.roles?.get(nameKey(token));
  if (words)
    for (const j of others) {
      const terms = termsY[j] ?? [y.tokens[j]?.term ?? ''];
      if (words.some((role) => terms.some((term) => termsMatch(role.term, term))))
        return { other: j, kind: 'related', similarity: RELATED_SIMILARITY };
    }
  return best;
}

const softMatchable = (token: Token | undefined) =>
  token !== undefined && !token.capitalised && !/\p{N}/u.test(token.text);

/** Similarity from which a soft match is a near synonym rather than a related word. */
export const STRONG_SIMILARITY = 0.7;

/** Weighted share of the words matched: exact matches count 1, soft matches (when `soft`) their
 *  similarity when it is at least `minSimilarity`. 0 for no words. */
export function coverage(matches: readonly WordMatch[], soft: boolean, minSimilarity = 0): number {
  let total = 0;
  let found = 0;
  for (const match of matches) {
    total += match.weight;
    if (match.kind === 'exact') found += match.weight;
    else if (soft && match.kind !== 'none' && match.similarity >= minSimilarity)
      found += match.weight * match.similarity;
  }
  return total ? found / total : 0;
}
