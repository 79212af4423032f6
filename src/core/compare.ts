import { comparableTerms } from './crosslang/comparable-terms';
import { findConflicts } from './details';
import { analyseSentence, type SentenceFeatures } from './features';
import { detectLanguage } from './language';
import { matchesAny } from './term-match';
import type { Language, PairJudgment } from './types';

// Thresholds on the pair score (share of content the sentences have in common, see `pairScore`).
// Chosen by a grid search on MRPC train (scripts/eval.ts prints the curve) and checked on the seeds:
// accuracy is flat (71 %) from 0.50 to 0.56 and falls above;
// 0.55 keeps precision on the flat top while letting a paraphrase with one extra clause through.
export const CORROBORATES_MIN = 0.55;
/** A pair that shares this much once the conflicting details are set aside is about the same fact. */
export const DIFFERS_MIN = 0.6;
/** …and shares at least this much as written: setting many details aside must not make two
 *  different statements look like one. */
export const RELATED_MIN = 0.45;
/** Weight of the claim's coverage by the evidence; the rest is the evidence's coverage by the claim.
 *  The claim side weighs more: evidence may add a clause, but must state what the claim states. */
export const CLAIM_SIDE_WEIGHT = 0.8;
// A named source ("KCNA said") is not the fact itself: it counts for little either way.
const SOURCE_WEIGHT = 0.3;
// Names, numbers and places carry more of a fact than common words.
const ENTITY_WEIGHT = 1.5;

/** Judges whether sentence `b` corroborates, differs from, or is unrelated to claim `a`. */
export function compareSentences(a: string, b: string, language?: Language): PairJudgment {
  const la = language ?? detectLanguage(a);
  const lb = language ?? detectLanguage(b);
  return compareFeatures(analyseSentence(a, la), analyseSentence(b, lb));
}

export function compareFeatures(a: SentenceFeatures, b: SentenceFeatures): PairJudgment {
  const { score, asWritten, details } = scorePair(a, b);
  const rounded = Math.round(score * 1000) / 1000;
  if (details.length) {
    return score >= DIFFERS_MIN && asWritten >= RELATED_MIN
      ? { relation: 'differs', score: rounded, details }
      : { relation: 'unrelated', score: rounded, details: [] };
  }
  return {
    relation: score >= CORROBORATES_MIN ? 'corroborates' : 'unrelated',
    score: rounded,
    details: [],
  };
}

/** The raw measurements behind a judgment, for evaluation and threshold tuning: the pair score
 *  with conflicting details set aside, the score as written, and the conflicts. */
export function scorePair(a: SentenceFeatures, b: SentenceFeatures) {
  const conflicts = findConflicts(a, b);
  return {
    score: pairScore(a, b, conflicts.here, conflicts.there),
    asWritten: conflicts.details.length
      ? pairScore(a, b)
      : pairScore(a, b, conflicts.here, conflicts.there),
    details: conflicts.details,
  };
}

/** Weighted share of each side's content terms found in the other, claim side weighted more. */
export function pairScore(
  a: SentenceFeatures,
  b: SentenceFeatures,
  skipA: Set<number> = new Set(),
  skipB: Set<number> = new Set(),
): number {
  const covA = coverage(a, b, skipA, skipB);
  const covB = coverage(b, a, skipB, skipA);
  return CLAIM_SIDE_WEIGHT * covA + (1 - CLAIM_SIDE_WEIGHT) * covB;
}

function coverage(
  x: SentenceFeatures,
  y: SentenceFeatures,
  skipX: Set<number>,
  skipY: Set<number>,
) {
  const other = new Set<string>();
  const termsOfY = comparableTerms(y, x.language);
  y.tokens.forEach((token, i) => {
    if (!token.stop && !skipY.has(i)) for (const term of termsOfY[i] ?? []) other.add(term);
  });
  const weights = termWeights(x, skipX, comparableTerms(x, y.language));
  let total = 0;
  let found = 0;
  for (const { weight, terms } of weights.values()) {
    total += weight;
    if (terms.some((term) => matchesAny(term, other))) found += weight;
  }
  return total ? found / total : 0;
}

/** Content words of `x` by term, each with its weight and the terms it may be matched on (more than
 *  its own when the other sentence is in another language: its translations). */
function termWeights(
  x: SentenceFeatures,
  skip: Set<number>,
  termsOfX: readonly string[][],
): Map<string, { weight: number; terms: readonly string[] }> {
  const weights = new Map<string, { weight: number; terms: readonly string[] }>();
  const sourceTokens = new Set(x.entities.filter((e) => e.source).flatMap((e) => e.tokens));
  const entityTokens = new Set(x.entities.flatMap((e) => e.tokens));
  x.numbers.forEach((n) => n.tokens.forEach((i) => entityTokens.add(i)));
  x.tokens.forEach((token, i) => {
    if (token.stop || skip.has(i)) return;
    const weight = sourceTokens.has(i) ? SOURCE_WEIGHT : entityTokens.has(i) ? ENTITY_WEIGHT : 1;
    const current = weights.get(token.term);
    weights.set(token.term, {
      weight: Math.max(current?.weight ?? 0, weight),
      terms: termsOfX[i] ?? [token.term],
    });
  });
  return weights;
}
