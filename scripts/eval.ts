// Measures the pair judgment on real, externally labelled data (../shared/devdata, never shipped):
// MRPC train (does `corroborates` agree with "same meaning"?) and Falke (how often is a distorted
// summary claim judged to corroborate its source sentence?). Prints a threshold curve too, which is
// how CORROBORATES_MIN in src/core/compare.ts was chosen.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareSentences } from '../src/core';
import { analyseSentence } from '../src/core/features';
import { corroborates, scorePair } from '../src/core/judge/compare';
import { findDistortion } from '../src/core/judge/distortion';

const DEVDATA = fileURLToPath(new URL('../../shared/devdata/', import.meta.url));
const readJsonl = <T>(path: string): T[] =>
  readFileSync(DEVDATA + path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

function mrpc(): void {
  const rows = readJsonl<{ sentence1: string; sentence2: string; label: number }>(
    'mrpc/mrpc_train.jsonl',
  );
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const started = performance.now();
  for (const row of rows) {
    const yes = compareSentences(row.sentence1, row.sentence2, 'en').relation === 'corroborates';
    if (yes && row.label) tp++;
    else if (yes) fp++;
    else if (row.label) fn++;
    else tn++;
  }
  const ms = (performance.now() - started) / rows.length;
  console.log(`MRPC train, ${rows.length} pairs (${ms.toFixed(2)} ms/pair)`);
  console.log(
    `  accuracy ${percent((tp + tn) / rows.length)}   F1(corroborates) ${percent((2 * tp) / (2 * tp + fp + fn))}`,
  );
  console.log(
    `  precision ${percent(tp / (tp + fp))}   recall ${percent(tp / (tp + fn))}   always-yes ${percent((tp + fn) / rows.length)}`,
  );
  console.log('  threshold curve (corroborates = no conflicting detail and score >= t):');
  const scored = rows.map((row) => ({
    label: row.label,
    ...scorePair(analyseSentence(row.sentence1, 'en'), analyseSentence(row.sentence2, 'en')),
  }));
  for (let t = 0.4; t < 0.76; t += 0.05) {
    const correct = scored.filter(
      (s) => (!s.details.length && s.score >= t) === (s.label === 1),
    ).length;
    console.log(`    t=${t.toFixed(2)} accuracy ${percent(correct / rows.length)}`);
  }
}

function falke(): void {
  const rows = readJsonl<{ source_sentence: string; claim: string; label: number }>(
    'factuality/falke_sentence_pairs.jsonl',
  );
  const rate = (label: number) => {
    const subset = rows.filter((row) => row.label === label);
    const judged = subset.map(
      (row) => compareSentences(row.claim, row.source_sentence, 'en').relation,
    );
    const count = (relation: string) => judged.filter((r) => r === relation).length / subset.length;
    return `${subset.length} pairs: corroborates ${percent(count('corroborates'))}, differs ${percent(count('differs'))}, unrelated ${percent(count('unrelated'))}`;
  };
  console.log(`Falke (claim vs its source sentence)`);
  console.log(`  distorted (label 0): ${rate(0)}`);
  console.log(`  correct   (label 1): ${rate(1)}`);
}

/** How often each distortion check (src/core/distortion.ts) turned a pair that would otherwise
 *  corroborate, per data set and label: "distorted/correct" for Falke, "different/same" for MRPC. */
function distortionChecks(): void {
  const tally = (pairs: { claim: string; evidence: string; label: number }[]) => {
    const counts = new Map<string, [number, number]>();
    for (const pair of pairs) {
      const a = analyseSentence(pair.claim, 'en');
      const b = analyseSentence(pair.evidence, 'en');
      const { score, details } = scorePair(a, b);
      if (details.length || !corroborates(a, b, score)) continue;
      const kind = findDistortion(a, b)?.kind;
      if (!kind) continue;
      const count = counts.get(kind) ?? [0, 0];
      count[pair.label ? 1 : 0]++;
      counts.set(kind, count);
    }
    return [...counts].map(([kind, [no, yes]]) => `${kind} ${no}/${yes}`).join(', ') || 'none';
  };
  const falkePairs = readJsonl<{ source_sentence: string; claim: string; label: number }>(
    'factuality/falke_sentence_pairs.jsonl',
  ).map((row) => ({ claim: row.claim, evidence: row.source_sentence, label: row.label }));
  const mrpcPairs = readJsonl<{ sentence1: string; sentence2: string; label: number }>(
    'mrpc/mrpc_train.jsonl',
  ).map((row) => ({ claim: row.sentence1, evidence: row.sentence2, label: row.label }));
  console.log('Distortion checks fired on pairs that would otherwise corroborate');
  console.log(`  Falke distorted/correct: ${tally(falkePairs)}`);
  console.log(`  MRPC different/same:     ${tally(mrpcPairs)}`);
}

mrpc();
falke();
distortionChecks();
