import type { SentenceFeatures } from '../features';
import type { DifferenceDetail, PairJudgment, WordAlignment } from '../types';
import type { WordMatch } from './alignment';
import { findConflicts } from './details';
import { findDistortion } from './distortion';
import { checkedModel, decisionThreshold, probability, type PairModel } from './model';
import { measurePair } from './pair-features';
import fitted from './pair-model.json';

let shipped: PairModel | null = null;
/** The parameters `npm run train` fitted, checked against the engine's feature list once. */
export function shippedModel(): PairModel {
  return (shipped ??= checkedModel(fitted as unknown as PairModel));
}

/** The pair decision: whether evidence `b` corroborates claim `a`, differs from it on a detail, or
 *  is unrelated, with the model's calibrated strength and which words of each side the other
 *  states.
 *  - corroborates: no conflicting detail, and P(b states a) reaches the model's decision
 *    threshold (0.5, or more across languages: see PairModel.decision);
 *  - differs: they state a detail differently (number, date, name, place, negation, quantity)
 *    and would state the same but for it (P with those details set aside reaches it); the
 *    strength is that probability;
 *  - unrelated otherwise, with P(b states a) as its strength. */
export function judgePair(
  a: SentenceFeatures,
  b: SentenceFeatures,
  model: PairModel = shippedModel(),
): PairJudgment {
  const conflicts = findConflicts(a, b);
  const distortion = conflicts.details.length ? null : findDistortion(a, b);
  const measured = measurePair(a, b, conflicts, distortion);
  const strength = probability(model, measured.values, measured.crossLanguage);
  const details: DifferenceDetail[] = conflicts.details.length
    ? conflicts.details
    : distortion?.detail
      ? [distortion.detail]
      : [];
  const alignment = wordAlignment(a, b, measured.claimWords, measured.evidenceWords);
  const decides = decisionThreshold(model, measured.crossLanguage);
  if (details.length) {
    const aside = probability(
      model,
      measurePair(a, b, conflicts, distortion, true).values,
      measured.crossLanguage,
    );
    return aside >= decides
      ? { relation: 'differs', score: round(aside), strength: aside, details, alignment }
      : { relation: 'unrelated', score: round(strength), strength, details: [], alignment };
  }
  return {
    relation: strength >= decides ? 'corroborates' : 'unrelated',
    score: round(strength),
    strength,
    details: [],
    alignment,
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
