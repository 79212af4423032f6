import { crossesLanguages } from '../crosslang/token-terms';
import type { SentenceFeatures } from '../features';
import { findAttribution } from '../features/attribution';
import { sameNumber } from '../features/numbers';
import { STRONG_SIMILARITY, alignWords, coverage, type WordMatch } from './alignment';
import type { Conflicts } from './details';
import type { Distortion } from './distortion';
import { align, type Wildcards } from './ordered-alignment';
import { wordMeaning } from '../meaning/word-meaning';

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
  const claimWords = alignWords(a, b, conflicts.here, conflicts.there, masked);
  const evidenceWords = alignWords(b, a, conflicts.there, conflicts.here, masked);
  const cross = crossesLanguages(a.language, b.language) ? 1 : 0;
  const claimCoverage = coverage(claimWords, false);
  const evidenceCoverage = coverage(evidenceWords, false);
  const claimUnmatched = unmatchedWeight(claimWords);
  const kinds = new Set(masked ? [] : conflicts.details.map((d) => d.kind));
  const flag = (on: boolean) => (on ? 1 : 0);
  const values: Record<FeatureName, number> = {
    claimCoverage,
    evidenceCoverage,
    claimSoftCoverage: coverage(claimWords, true),
    claimStrongCoverage: coverage(claimWords, true, STRONG_SIMILARITY),
    evidenceSoftCoverage: coverage(evidenceWords, true),
    claimMainCoverage: coverage(mainClause(a, claimWords), true),
    claimWordCoverage: coverage(ordinaryWords(a, claimWords), true),
    evidenceWordCoverage: coverage(ordinaryWords(b, evidenceWords), true),
    claimWordsMatched: Math.log1p(
      ordinaryWords(a, claimWords).filter((w) => w.kind !== 'none').length,
    ),
    claimUnmatched,
    evidenceUnmatched: unmatchedWeight(evidenceWords),
    claimLength: Math.log1p(claimWords.length),
    lengthRatio: Math.log((evidenceWords.length + 1) / (claimWords.length + 1)),
    claimBigrams: sharedBigrams(claimWords),
    wordBigrams: cross ? 0 : sharedGrams(a, b, 2, masked ? conflicts : undefined),
    wordTrigrams: cross ? 0 : sharedGrams(a, b, 3, masked ? conflicts : undefined),
    softCosine: cross ? 0 : softCosine(a, b),
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
    negationUnshared: flag(a.negations.length % 2 !== b.negations.length % 2),
    distortionStructure: flag(
      ['splice', 'subject', 'attachment', 'embedded'].includes(distortion?.kind ?? ''),
    ),
    distortionSubstitution: flag(distortion?.kind === 'substitution'),
    distortionRoles: flag(distortion?.kind === 'roles'),
    claimAttributed: flag(findAttribution(a.text, a.language) !== null),
    evidenceAttributed: flag(findAttribution(b.text, b.language) !== null),
    ...(cross
      ? { copiedInOrder: 0, repeatedWord: 0, endsMidClause: 0, gapsInCopy: 0 }
      : copyShape(a, b, masked ? conflicts : undefined)),
  };
  return {
    values: Float64Array.from(FEATURE_NAMES, (name) => values[name]),
    crossLanguage: cross === 1,
    claimWords,
    evidenceWords,
  };
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

/** Share of consecutive content-word pairs of the claim whose words sit next to each other (among
 *  content words) in the evidence too: phrases kept, not only words. */
function sharedBigrams(words: readonly WordMatch[]): number {
  if (words.length < 2) return 0;
  let kept = 0;
  for (let k = 1; k < words.length; k++) {
    const x = words[k - 1];
    const y = words[k];
    if (x && y && x.other >= 0 && y.other >= 0 && Math.abs(y.other - x.other) <= 2) kept++;
  }
  return kept / (words.length - 1);
}

const PUNCTUATION = /[,;:()"“”—–]/u;
/** Share of the claim's tokens aligned in order above which it reads as a copy of the evidence. */
const COPY_MIN = 0.5;

/** How a claim copied from its evidence was cut, from the order-keeping alignment of their tokens:
 *  - copiedInOrder: share of the claim's tokens aligned in order with the evidence's;
 *  - repeatedWord: the claim says a content word twice in a row, the evidence does not (a garbled
 *    extract: "increasingly increasingly");
 *  - endsMidClause: the claim's last word is copied from inside a clause of the evidence, which
 *    goes on with content words before any punctuation ("…when it comes." from "…when it comes
 *    to scoring points");
 *  - gapsInCopy: log1p of the places where the claim joins two copied words across evidence
 *    content words with no punctuation between them ("the thousands [of chickens] live"). */
function copyShape(a: SentenceFeatures, b: SentenceFeatures, wild?: Wildcards) {
  const match = align(a, b, wild);
  const copied = a.tokens.length ? match.filter((j) => j !== null).length / a.tokens.length : 0;
  // The cut of a copy says nothing about a sentence written in its own words.
  if (copied < COPY_MIN)
    return { copiedInOrder: copied, repeatedWord: 0, endsMidClause: 0, gapsInCopy: 0 };
  let repeated = 0;
  for (let i = 1; i < a.tokens.length; i++) {
    const x = a.tokens[i - 1];
    const y = a.tokens[i];
    if (
      x &&
      y &&
      !y.stop &&
      x.term === y.term &&
      !b.text.toLowerCase().includes(`${x.text} ${y.text}`.toLowerCase())
    )
      repeated = 1;
  }
  let gaps = 0;
  let last = -1;
  match.forEach((j) => {
    if (j === null) return;
    if (
      last >= 0 &&
      j > last + 1 &&
      !PUNCTUATION.test(b.text.slice(b.tokens[last]?.end ?? 0, b.tokens[j]?.start ?? 0))
    ) {
      for (let k = last + 1; k < j; k++)
        if (!b.tokens[k]?.stop) {
          gaps++;
          break;
        }
    }
    last = j;
  });
  let endsMid = 0;
  if (last >= 0 && last + 1 < b.tokens.length) {
    const after = b.text.slice(b.tokens[last]?.end ?? 0, b.tokens[last + 1]?.start ?? 0);
    if (!PUNCTUATION.test(after) && !/[.!?]/u.test(after)) {
      for (let k = last + 1; k < b.tokens.length && k <= last + 3; k++) {
        const gap = b.text.slice(b.tokens[k - 1]?.end ?? 0, b.tokens[k]?.start ?? 0);
        if (k > last + 1 && PUNCTUATION.test(gap)) break;
        if (!b.tokens[k]?.stop) {
          endsMid = 1;
          break;
        }
      }
    }
  }
  return {
    copiedInOrder: copied,
    repeatedWord: repeated,
    endsMidClause: endsMid,
    gapsInCopy: Math.log1p(gaps),
  };
}

/** Share of the claim's word n-grams (all words, stemmed, stopwords included) that the evidence
 *  has too: phrasing kept, not only vocabulary. */
function sharedGrams(
  a: SentenceFeatures,
  b: SentenceFeatures,
  n: number,
  wild?: Wildcards,
): number {
  // Set-aside details read as one shared placeholder on both sides.
  const grams = (x: SentenceFeatures, placeholders: ReadonlySet<number> | undefined) => {
    const terms = x.tokens.map((t, i) => (placeholders?.has(i) ? '\u0000' : t.term));
    const out = new Set<string>();
    for (let i = 0; i + n <= terms.length; i++) out.add(terms.slice(i, i + n).join(' '));
    return out;
  };
  const mine = grams(a, wild?.here);
  if (!mine.size) return 0;
  const theirs = grams(b, wild?.there);
  let shared = 0;
  for (const gram of mine) if (theirs.has(gram)) shared++;
  return shared / mine.size;
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

/** Soft cosine of the two sentences' informativeness-weighted bags of words, word similarity as
 *  the inner product (no vectors leave the meaning module). 0 without word meaning. */
function softCosine(a: SentenceFeatures, b: SentenceFeatures): number {
  const meaning = wordMeaning();
  if (!meaning) return 0;
  const words = (x: SentenceFeatures) =>
    x.tokens
      .filter((t) => !t.stop)
      .map((t) => ({ text: t.text, w: meaning.informativeness(t.text) }));
  const wa = words(a);
  const wb = words(b);
  const dot = (p: typeof wa, q: typeof wb) => {
    let sum = 0;
    for (const x of p) for (const y of q) sum += x.w * y.w * meaning.similarity(x.text, y.text);
    return sum;
  };
  const norm = Math.sqrt(dot(wa, wa) * dot(wb, wb));
  return norm ? dot(wa, wb) / norm : 0;
}
