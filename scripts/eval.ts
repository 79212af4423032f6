// `npm run eval`: the judge's figures on the development data in ../shared (never shipped), all
// from 5-fold cross-validation grouped by article or document — every pair and every check is
// judged by the model fitted without its group:
//  - pair figures per data set (MRPC accuracy, Falke distorted / correct claims corroborated, …);
//  - calibration: reported support by strength, and the plot artifacts/calibration.png;
//  - whole checks: WMT top support, false corroboration of claims whose story is not in the corpus.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MemoryCorpusStore, importDocuments, type Language } from '../src/core';
import type { PairModel } from '../src/core/judge/model';
import { FOLDS, foldModels, outOfFold, withDecision } from './train/cross-validate';
import { allPairs } from './train/dataset';
import { bbcArticles, foldOf } from './train/devdata';
import { calibration, printCalibration, printFigures } from './train/figures';
import { installMeaningForScripts } from './train/meaning';
import { measureAll } from './train/measure';
import { falseCorroboration, wmtNewsArticles, wmtTopSupport } from './train/pipeline';
import { calibrationSvg, reliability, writePlot } from './train/plot';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const SAMPLES = fileURLToPath(
  new URL('../samples/corpus/kim-shoigu-talks-2023-09.jsonl', import.meta.url),
);

const resources = await installMeaningForScripts();
const measured = measureAll(await allPairs());
const { models, threshold } = withDecision(foldModels(measured, resources), measured);
console.log(`cross-language decision threshold (chosen on cross-story pairs): ${threshold}`);
const modelFor = (group: string) => models[foldOf(group, FOLDS)] as PairModel;

console.log(`Pairs, ${FOLDS}-fold cross-validated (grouped by article / document):`);
const predictions = outOfFold(measured, models);
printFigures(predictions);
printCalibration(
  calibration(predictions.filter((p) => !p.measured.crossLanguage)),
  'same language',
);
printCalibration(
  calibration(predictions.filter((p) => p.measured.crossLanguage)),
  'across languages',
);

mkdirSync(ARTIFACTS, { recursive: true });
const points = (cross: boolean) =>
  reliability(
    predictions
      .filter((p) => p.measured.crossLanguage === cross)
      .map((p) => ({ strength: p.strength, label: p.measured.pair.label })),
  );
await writePlot(
  calibrationSvg(
    [
      { name: 'same language (MRPC, Falke, BBC)', colour: '#1f6fb4', points: points(false) },
      { name: 'across languages (WMT uk/ru–en)', colour: '#d9730d', points: points(true) },
    ],
    'Pair judge calibration, held-out folds',
  ),
  `${ARTIFACTS}calibration`,
);
console.log('  plot: artifacts/calibration.png');

console.log('Whole checks, each claim judged by the model of its held-out fold:');
await wmtTopSupport('uk', modelFor);
await wmtTopSupport('ru', modelFor);
const bbc = new MemoryCorpusStore();
await importDocuments(bbc, bbcArticles());
const seeds = readFileSync(SAMPLES, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map(
    (line) => JSON.parse(line) as { title: string; text: string; language: Language; url: string },
  );
await falseCorroboration(
  'BBC false corroboration of Ukrainian/Russian claims (WMT news + seed 004)',
  [
    ...wmtNewsArticles('uk', 'cyrillic'),
    ...wmtNewsArticles('ru', 'cyrillic'),
    ...seeds.filter((s) => s.language !== 'en').map((s) => ({ ...s, group: s.url })),
  ],
  bbc,
  modelFor,
);
await falseCorroboration(
  'BBC false corroboration, same language (English WMT news + seeds 000–003)',
  [
    ...wmtNewsArticles('ru', 'english'),
    ...wmtNewsArticles('uk', 'english'),
    ...seeds.filter((s) => s.language === 'en').map((s) => ({ ...s, group: s.url })),
  ],
  bbc,
  modelFor,
);
