import { analyseSentence, type SentenceFeatures } from '../features';
import { detectLanguage } from '../text/language';
import type { Language, PairJudgment } from '../types';
import { judgePair } from './judge';
import type { PairModel } from './model';

/** Judges whether sentence `b` corroborates, differs from, or is unrelated to claim `a`. */
export function compareSentences(a: string, b: string, language?: Language): PairJudgment {
  const la = language ?? detectLanguage(a);
  const lb = language ?? detectLanguage(b);
  return compareFeatures(analyseSentence(a, la), analyseSentence(b, lb));
}

/** The judge's decision on two analysed sentences (judge.ts), with the shipped parameters unless
 *  others are given (cross-validation judges each fold with the model that did not see it). */
export function compareFeatures(
  a: SentenceFeatures,
  b: SentenceFeatures,
  model?: PairModel,
): PairJudgment {
  return judgePair(a, b, model);
}
