// `npm run train`: fits the pair judge (src/core/judge/) on the development data in ../shared
// (MRPC train, Falke, WMT 2021–22 and pairs built from the BBC collection; none of it ships),
// and writes the fitted parameters, with the names and hashes of the files they were fitted on, to
// src/core/judge/pair-model.json. Its cross-validated figures: `npm run eval`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TreeEnsemble } from '../src/core/judge/model';
import { asModel, fit, foldModels, withDecision } from './train/cross-validate';
import { allPairs } from './train/dataset';
import { filesRead } from './train/devdata';
import { measureAll } from './train/measure';
import { installMeaningForScripts } from './train/meaning';

const OUT = fileURLToPath(new URL('../src/core/judge/pair-model.json', import.meta.url));

const resources = await installMeaningForScripts();
let started = performance.now();
const pairs = await allPairs();
console.log(
  `${pairs.length} pairs built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
started = performance.now();
const measured = measureAll(pairs);
console.log(`measured in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// The cross-language decision threshold comes from out-of-fold predictions, so the folds are
// fitted too (see crossLanguageThreshold).
const { threshold } = withDecision(foldModels(measured, resources), measured);
console.log(`cross-language decision threshold: ${threshold}`);
const fitted = fit(measured);
const pairsPerSet: Record<string, number> = {};
for (const { pair } of measured) pairsPerSet[pair.set] = (pairsPerSet[pair.set] ?? 0) + 1;
const model = {
  ...asModel(fitted, { files: filesRead(), pairs: pairsPerSet }, resources),
  decision: { sameLanguage: 0.5, crossLanguage: threshold },
};
const round = (x: number) => Math.round(x * 1e5) / 1e5;
const compact = (part: TreeEnsemble): TreeEnsemble => ({
  base: round(part.base),
  trees: part.trees.map((t) => ({
    ...t,
    threshold: t.threshold.map(round),
    value: t.value.map(round),
  })),
});
writeFileSync(
  OUT,
  JSON.stringify({
    ...model,
    sameLanguage: compact(model.sameLanguage),
    crossLanguage: compact(model.crossLanguage),
  }) + '\n',
);
console.log(`wrote ${OUT.split('/').slice(-4).join('/')}`);
