import type { SentenceFeatures } from '../features';
import type { DifferenceDetail, PairJudgment, Relation, WordAlignment } from '../types';
import type { WordMatch } from './alignment';
import { findConflicts } from './details';
import { findDistortion } from './distortion';
import { checkedModel, decisionThreshold, probability, type PairModel } from './model';
import { FEATURE_NAMES, measurePair, type PairMeasurements } from './pair-features';
import fitted from './pair-model.json';

let shipped: PairModel | null = null;
/** The parameters `npm run train` fitted, checked against the engine's feature list once. */
export function shippedModel(): PairModel {
  return (shipped ??= checkedModel(fitted as unknown as PairModel));
}

/** Everything the decision reads about a pair: the differing details, the measurements as
 *  written, and (only when a detail differs) the measurements with those details set aside. */
export interface JudgedMeasurements {
  details: DifferenceDetail[];
  measured: PairMeasurements;
  aside: Float64Array | null;
}

export function measureJudgedPair(a: SentenceFeatures, b: SentenceFeatures): JudgedMeasurements {
  const conflicts = findConflicts(a, b);
  const distortion = conflicts.details.length ? null : findDistortion(a, b);
  const details: DifferenceDetail[] = conflicts.details.length
    ? conflicts.details
    : distortion?.detail
      ? [distortion.detail]
      : [];
  return {
    details,
    measured: measurePair(a, b, conflicts, distortion),
    aside: details.length ? measurePair(a, b, conflicts, distortion, true).values : null,
  };
}

const WORDS_MATCHED = FEATURE_NAMES.indexOf('claimWordsMatched');

/** The decision on measured values:
 *  - corroborates: no conflicting detail, and P(b states a) reaches the model's decision
 *    threshold (0.5, or more across languages: see PairModel.decision);
 *  - differs: they state a detail differently (number, date, name, place, negation, quantity)
 *    and would state the same but for it (P with those details set aside reaches it); the
 *    reported strength is that probability;
 *  - unrelated otherwise, reporting P(b states a). */
export function decide(
  model: PairModel,
  values: ArrayLike<number>,
  aside: ArrayLike<number> | null,
  crossLanguage: boolean,
): { relation: Relation; strength: number } {
  const stated = probability(model, values, crossLanguage);
  const decides = decisionThreshold(model, crossLanguage);
  // A statement is more than its names: when none of the claim's other words is stated (across
  // languages transliteration matches names exactly while the lexicon finds few other words),
  // the evidence is about the same people, not the same fact. Its strength is reported as no
  // more than even odds, so it never reads as support.
  if (values[WORDS_MATCHED] === 0)
    return { relation: 'unrelated', strength: Math.min(stated, 0.5) };
  if (aside) {
    const asideStated = probability(model, aside, crossLanguage);
    return asideStated >= decides
      ? { relation: 'differs', strength: asideStated }
      : { relation: 'unrelated', strength: stated };
  }
  return { relation: stated >= decides ? 'corroborates' : 'unrelated', strength: stated };
}

/** The pair decision: whether evidence `b` corroborates claim `a`, differs from it on a detail, or
 *  is unrelated (see `decide`), with the model's calibrated strength and which words of each side
 *  the other states. */
export function judgePair(
  a: SentenceFeatures,
  b: SentenceFeatures,
  model: PairModel = shippedModel(),
): PairJudgment {
  const { details, measured, aside } = measureJudgedPair(a, b);
  const { relation, strength } = decide(model, measured.values, aside, measured.crossLanguage);
  return {
    relation,
    score: round(strength),
    strength,
    details: relation === 'differs' ? details : [],
    alignment: wordAlignment(a, b, measured.claimWords, measured.evidenceWords),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function wordAlignment(
  a: SentenceFeatures,
  b: SentenceFeatures,
  claimWords: readonly WordMatch[],
  evidenceWords: readonly WordMatch[],
): WordAlignment {
  const span = (x: SentenceFeatures, i: number): [number, number] => [
    x.tokens[i]?.start ?? 0,
    x.tokens[i]?.end ?? 0,
  ];
  return {
    claimStated: claimWords.filter((w) => w.kind !== 'none').map((w) => span(a, w.token)),
    claimUnstated: claimWords.filter((w) => w.kind === 'none').map((w) => span(a, w.token)),
    evidenceStating: evidenceWords.filter((w) => w.kind !== 'none').map((w) => span(b, w.token)),
  };
}
