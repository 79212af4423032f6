// Turns labelled pairs into the judge's measurements, as judgePair takes them: the features as
// written, and (for pairs that state a detail differently) with those details set aside.
import { analyseSentence, type SentenceFeatures } from '../../src/core/features';
import { measureJudgedPair } from '../../src/core/judge/judge';
import type { Language } from '../../src/core';
import type { LabelledPair } from './devdata';

export interface MeasuredPair {
  pair: LabelledPair;
  values: Float64Array;
  crossLanguage: boolean;
  /** Whether the pair is fitted on. Copies altered in one detail are kept for measuring the
   *  detectors and the "differs" path, not for fitting: a pair that states a detail differently
   *  is decided by its probability with that detail set aside, and an alteration the detectors
   *  miss has a faithful copy's features (fitting on it would teach that copies do not state
   *  their claims). */
  fitted: boolean;
  /** Features with the differing details set aside; null when no detail differs. */
  aside: Float64Array | null;
}

export function measureAll(pairs: LabelledPair[]): MeasuredPair[] {
  const cache = new Map<string, SentenceFeatures>();
  const analysed = (text: string, language: Language) => {
    const key = `${language}\u0000${text}`;
    let features = cache.get(key);
    if (!features) cache.set(key, (features = analyseSentence(text, language)));
    return features;
  };
  return pairs.map((pair) => {
    const a = analysed(pair.claim, pair.claimLanguage);
    const b = analysed(pair.evidence, pair.evidenceLanguage);
    const { measured, aside } = measureJudgedPair(a, b);
    return {
      pair,
      values: measured.values,
      crossLanguage: measured.crossLanguage,
      fitted: pair.set !== 'bbc-altered',
      aside,
    };
  });
}
