import { crossesLanguages } from '../crosslang/token-terms';
import type { SentenceFeatures } from '../features';
import { findAttribution } from '../features/attribution';
import { sameNumber } from '../features/numbers';
import { STRONG_SIMILARITY, alignWords, coverage, type WordMatch } from './alignment';
import type { Conflicts } from './details';
import type { Distortion } from './distortion';
import { copyShape, sharedBigrams, sharedGrams } from './phrasing';
import { wordMeaning } from '../meaning/word-meaning';
import { flipped, pairMeaning, type PairMeaning } from './pair-meaning';

/** The measurements the pair model weighs, in this order (the fitted parameters name them, so a
 *  model fitted on another list is refused). Shares are in [0, 1]; counts go through log1p. */
export const FEATURE_NAMES = [
  'claimCoverage',
  'evidenceCoverage',
  'claimSoftCoverage',
  'evidenceSoftCoverage',
  'claimStrongCoverage',
  'claimMainCoverage',
  'claimWordCoverage',
  'evidenceWordCoverage',
  'claimWordsMatched',
  'claimUnmatched',
  'evidenceUnmatched',
  'claimLength',
  'lengthRatio',
  'claimBigrams',
  'wordBigrams',
  'wordTrigrams',
  'softCosine',
  'claimNamesMissing',
  'evidenceNamesMissing',
  'claimNumbersMissing',
  'sharedNumbers',
  'conflictNumber',
  'conflictDate',
  'conflictName',
  'conflictNegation',
  'conflictQuantity',
  'negationUnshared',
  'distortionStructure',
  'distortionSubstitution',
  'distortionRoles',
  'claimAttributed',
  'evidenceAttributed',
  'copiedInOrder',
  'repeatedWord',
  'endsMidClause',
  'gapsInCopy',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface PairMeasurements {
  values: Float64Array;
  crossLanguage: boolean;
  /** The claim's content words with their counterparts in the evidence. */
  claimWords: WordMatch[];
  evidenceWords: WordMatch[];
}

// Subordinate clauses ("as his trip neared its end", "after talks with …") add circumstances;
// the statement a reader checks first is the main clause before them.
const SUBORDINATE =
  /^(?:as|after|before|while|when|because|since|although|though|whereas|which|who|amid|despite|як|після|коли|тому|оскільки|хоча|який|яка|які|как|после|когда|потому|поскольку|хотя|который|которая|которые)$/iu;

/** Measures claim `a` against evidence `b`. `conflicts`: the details they state differently (their
 *  tokens are left out and the conflict flags set, or, with `masked`, left out and the flags
 *  cleared: "would they say the same but for these details?"). */
export function measurePair(
  a: SentenceFeatures,
  b: SentenceFeatures,
  conflicts: Conflicts,
  distortion: Distortion | null,
  masked = false,
): PairMeasurements {
  // Written: the differing details are left out of the coverage (their flags below say what they
  // are). Set aside: they count as stated, as if both sentences gave the same value.
  // Alignment reads them for English pairs, the soft cosine for any pair in one language.
  const meaning = crossesLanguages(a.language, b.language) ? null : wordMeaning();
  const lookups = meaning ? pairMeaning(a, b, meaning) : undefined;
  const claimWords = alignWords(a, b, conflicts.here, conflicts.there, masked, lookups);
  const evidenceWords = alignWords(
    b,
    a,
    conflicts.there,
    conflicts.here,
    masked,
    lookups && flipped(lookups),
  );
  const cross = crossesLanguages(a.language, b.language) ? 1 : 0;
  // Phrasing with the details set aside reads both sentences without them, as if neither gave one.
  const shapeA = masked ? withoutTokens(a, conflicts.here) : a;
  const shapeB = masked ? withoutTokens(b, conflicts.there) : b;
  const claimCoverage = coverage(claimWords, false);
  const evidenceCoverage = coverage(evidenceWords, false);
  const claimUnmatched = unmatchedWeight(claimWords);
  const claimOrdinary = ordinaryWords(a, claimWords);
  const kinds = new Set(masked ? [] : conflicts.details.map((d) => d.kind));
  const flag = (on: boolean) => (on ? 1 : 0);
  const values: Record<FeatureName, number> = {
    claimCoverage,
    evidenceCoverage,
    claimSoftCoverage: coverage(claimWords, true),
    claimStrongCoverage: coverage(claimWords, true, STRONG_SIMILARITY),
    evidenceSoftCoverage: coverage(evidenceWords, true),
    claimMainCoverage: coverage(mainClause(a, claimWords), true),
    claimWordCoverage: coverage(claimOrdinary, true),
    evidenceWordCoverage: coverage(ordinaryWords(b, evidenceWords), true),
    claimWordsMatched: Math.log1p(claimOrdinary.filter((w) => w.kind !== 'none').length),
    claimUnmatched,
    evidenceUnmatched: unmatchedWeight(evidenceWords),
    claimLength: Math.log1p(claimWords.length),
    lengthRatio: Math.log((evidenceWords.length + 1) / (claimWords.length + 1)),
    claimBigrams: sharedBigrams(claimWords),
    wordBigrams: cross ? 0 : sharedGrams(shapeA, shapeB, 2),
    wordTrigrams: cross ? 0 : sharedGrams(shapeA, shapeB, 3),
    softCosine: cross ? 0 : softCosine(a, b, lookups),
    claimNamesMissing: missingShare(a, claimWords),
    evidenceNamesMissing: missingShare(b, evidenceWords),
    claimNumbersMissing: numbersMissing(a, b, conflicts.here),
    sharedNumbers: Math.log1p(
      a.numbers.filter((x) => b.numbers.some((y) => sameNumber(x, y))).length,
    ),
    conflictNumber: flag(kinds.has('number')),
    conflictDate: flag(kinds.has('date')),
    conflictName: flag(kinds.has('name') || kinds.has('place')),
    conflictNegation: flag(kinds.has('negation')),
    conflictQuantity: flag(kinds.has('quantity') || (!masked && distortion?.kind === 'quantity')),
    negationUnshared: flag(
      a.negations.length % 2 !== b.negations.length % 2 &&
        !(masked && conflicts.details.some((d) => d.kind === 'negation')),
    ),
    distortionStructure: flag(
      ['splice', 'subject', 'attachment', 'embedded'].includes(distortion?.kind ?? ''),
    ),
    distortionSubstitution: flag(distortion?.kind === 'substitution'),
    distortionRoles: flag(distortion?.kind === 'roles'),
    claimAttributed: flag(attributed(a)),
    evidenceAttributed: flag(attributed(b)),
    ...(cross
      ? { copiedInOrder: 0, repeatedWord: 0, endsMidClause: 0, gapsInCopy: 0 }
      : copyShape(shapeA, shapeB)),
  };
  return {
    values: Float64Array.from(FEATURE_NAMES, (name) => values[name]),
    crossLanguage: cross === 1,
    claimWords,
    evidenceWords,
  };
}

// A sentence is judged against many others: what it states about itself is worked out once (keyed
// by its tokens, which the copies of its features carrying a document's name roles share).
const attributions = new WeakMap<object, boolean>();
function attributed(x: SentenceFeatures): boolean {
  let value = attributions.get(x.tokens);
  if (value === undefined)
    attributions.set(x.tokens, (value = findAttribution(x.text, x.language) !== null));
  return value;
}

/** The sentence's words without these tokens, for the phrasing features (which read only the
 *  tokens, their offsets and the text between them). */
function withoutTokens(x: SentenceFeatures, drop: ReadonlySet<number>): SentenceFeatures {
  return drop.size ? { ...x, tokens: x.tokens.filter((_, i) => !drop.has(i)) } : x;
}

/** The words of a side that are neither names nor numbers: what a statement says about who and
 *  what it names. Names of a story are in nearly every sentence about it, and across languages
 *  transliteration matches them exactly while the lexicon finds only some other words, so a pair
 *  sharing only names is about the story, not the fact. */
function ordinaryWords(x: SentenceFeatures, words: WordMatch[]): WordMatch[] {
  const named = new Set(x.entities.flatMap((e) => e.tokens));
  for (const mention of [...x.numbers, ...x.dates]) mention.tokens.forEach((i) => named.add(i));
  return words.filter((w) => !named.has(w.token) && !x.tokens[w.token]?.capitalised);
}

/** log1p of the weight of the words the other side does not state: what a claim adds. */
function unmatchedWeight(words: readonly WordMatch[]): number {
  let weight = 0;
  for (const word of words) if (word.kind === 'none') weight += word.weight;
  return Math.log1p(weight);
}

/** The claim's words before its first subordinate clause (all of them when it has none or when
 *  the main clause would be under three words). */
function mainClause(a: SentenceFeatures, words: WordMatch[]): WordMatch[] {
  const cut = a.tokens.findIndex((token, i) => i > 2 && SUBORDINATE.test(token.text));
  if (cut < 0) return words;
  const main = words.filter((word) => word.token < cut);
  return main.length >= 3 ? main : words;
}

/** Share of the claim's numbers the evidence does not state, numbers in conflict left out (they
 *  are the conflict's, measured by its flags). */
function numbersMissing(
  a: SentenceFeatures,
  b: SentenceFeatures,
  skip: ReadonlySet<number>,
): number {
  const numbers = a.numbers.filter((x) => !x.tokens.some((i) => skip.has(i)));
  if (!numbers.length) return 0;
  return numbers.filter((x) => !b.numbers.some((y) => sameNumber(x, y))).length / numbers.length;
}

/** Share of the side's name tokens (not named sources) its counterpart does not state. */
function missingShare(x: SentenceFeatures, words: readonly WordMatch[]): number {
  const names = new Set(x.entities.filter((e) => !e.source).flatMap((e) => e.tokens));
  let total = 0;
  let missing = 0;
  for (const word of words) {
    if (!names.has(word.token)) continue;
    total++;
    if (word.kind === 'none') missing++;
  }
  return total ? missing / total : 0;
}

const selfSimilarity = new WeakMap<
  object,
  { words: { token: number; text: string; w: number }[]; dot: number }
>();

/** Soft cosine of the two sentences' informativeness-weighted bags of words, word similarity as
 *  the inner product (no vectors leave the meaning module). 0 without word meaning. */
function softCosine(a: SentenceFeatures, b: SentenceFeatures, lookups?: PairMeaning): number {
  const meaning = wordMeaning();
  if (!meaning || !lookups) return 0;
  const bag = (x: SentenceFeatures) => {
    let cached = selfSimilarity.get(x.tokens);
    if (!cached) {
      const words = x.tokens.flatMap((t, token) =>
        t.stop ? [] : [{ token, text: t.text, w: meaning.informativeness(t.text) }],
      );
      let dot = 0;
      for (const p of words)
        for (const q of words) dot += p.w * q.w * meaning.similarity(p.text, q.text);
      selfSimilarity.set(x.tokens, (cached = { words, dot }));
    }
    return cached;
  };
  const wa = bag(a);
  const wb = bag(b);
  const norm = Math.sqrt(wa.dot * wb.dot);
  if (!norm) return 0;
  let dot = 0;
  for (const p of wa.words)
    for (const q of wb.words) dot += p.w * q.w * lookups.similarity(p.token, q.token);
  return dot / norm;
}
