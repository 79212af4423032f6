import { FEATURE_NAMES } from './pair-features';

/** Fitted parameters of the pair model, written by `npm run train` (scripts/train/): boosted
 *  regression trees over the pair features whose summed output is the log-odds that the evidence
 *  states the claim. Calibration is measured on held-out folds (`npm run eval`). */
export interface PairModel {
  /** The feature list it was fitted on, in order: must equal FEATURE_NAMES. */
  features: string[];
  /** Pairs in one language, and pairs across English and Ukrainian or Russian: what a word match
   *  means differs too much between the two (a translation shares a third of its words through
   *  the lexicon, a paraphrase two thirds) for one model. */
  sameLanguage: TreeEnsemble;
  crossLanguage: TreeEnsemble;
  /** The probability from which each part decides (0.5 unless the fit chose more): across
   *  languages, where a check compares a claim with many candidates that the lexicon matches on
   *  a few words, 0.5 let about one claim in forty be "corroborated" by a story it is not in. */
  decision?: { sameLanguage: number; crossLanguage: number };
  /** What it was fitted on: data files with the SHA-256 of each, and pair counts per set. */
  fittedOn: { files: { name: string; sha256: string }[]; pairs: Record<string, number> };
  /** Word-meaning resources present when it was fitted (asset path → SHA-256). */
  resources: Record<string, string>;
}

/** Regression trees as parallel arrays: node i splits on `feature[i]` (−1: a leaf with
 *  `value[i]`), going to `left[i]` when the value is ≤ `threshold[i]`, else to `right[i]`. */
export interface Tree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface TreeEnsemble {
  /** Log-odds before any tree. */
  base: number;
  trees: Tree[];
}

/** Refuses parameters fitted on another feature list: their splits would read the wrong
 *  measurements. */
export function checkedModel(model: PairModel): PairModel {
  const expected = FEATURE_NAMES.join(',');
  if (model.features?.join(',') !== expected)
    throw new Error(
      `Crosscheck judge: the model was fitted on features [${model.features?.join(', ')}], the engine measures [${expected}]; run npm run train`,
    );
  for (const part of [model.sameLanguage, model.crossLanguage])
    for (const tree of part.trees)
      if (tree.feature.some((k) => k >= FEATURE_NAMES.length))
        throw new Error(
          'Crosscheck judge: a tree of the model splits on a feature the engine lacks',
        );
  return model;
}

export function logOdds(ensemble: TreeEnsemble, values: ArrayLike<number>): number {
  let z = ensemble.base;
  for (const tree of ensemble.trees) {
    let node = 0;
    let k = tree.feature[0] ?? -1;
    while (k >= 0) {
      node =
        (values[k] ?? 0) <= (tree.threshold[node] ?? 0)
          ? (tree.left[node] ?? 0)
          : (tree.right[node] ?? 0);
      k = tree.feature[node] ?? -1;
    }
    z += tree.value[node] ?? 0;
  }
  return z;
}

/** The probability from which the model's part for this pair decides. */
export function decisionThreshold(model: PairModel, crossLanguage: boolean): number {
  return (crossLanguage ? model.decision?.crossLanguage : model.decision?.sameLanguage) ?? 0.5;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** P(evidence states the claim) for a pair measured as `values`; `crossLanguage` picks the part. */
export function probability(
  model: PairModel,
  values: ArrayLike<number>,
  crossLanguage: boolean,
): number {
  return sigmoid(logOdds(crossLanguage ? model.crossLanguage : model.sameLanguage, values));
}
