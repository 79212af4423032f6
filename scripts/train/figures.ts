// The judge's figures from out-of-fold predictions, per data set, and its calibration.
import type { Prediction } from './cross-validate';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const share = (items: Prediction[], test: (p: Prediction) => boolean) =>
  items.length ? items.filter(test).length / items.length : 0;
const corroborates = (p: Prediction) => p.relation === 'corroborates';

export function printFigures(predictions: Prediction[]): Record<string, number> {
  const bySet = new Map<string, Prediction[]>();
  for (const p of predictions) {
    const list = bySet.get(p.measured.pair.set) ?? [];
    list.push(p);
    bySet.set(p.measured.pair.set, list);
  }
  const figures: Record<string, number> = {};
  for (const [set, items] of bySet) {
    const yes = items.filter((p) => p.measured.pair.label === 1);
    const no = items.filter((p) => p.measured.pair.label === 0);
    const accuracy = share(items, (p) => corroborates(p) === (p.measured.pair.label === 1));
    const tp = yes.filter(corroborates).length;
    const fp = no.filter(corroborates).length;
    const f1 = (2 * tp) / (2 * tp + fp + (yes.length - tp) || 1);
    figures[`${set}.accuracy`] = accuracy;
    figures[`${set}.corroborates|1`] = share(yes, corroborates);
    figures[`${set}.corroborates|0`] = share(no, corroborates);
    console.log(
      `  ${set.padEnd(12)} ${String(items.length).padStart(6)} pairs  accuracy ${pct(accuracy)}  F1 ${pct(f1)}` +
        `  corroborates: label 1 ${pct(share(yes, corroborates))} (${yes.length}), label 0 ${pct(share(no, corroborates))} (${no.length})` +
        `  differs|0 ${pct(share(no, (p) => p.relation === 'differs'))}`,
    );
  }
  return figures;
}

export interface Bin {
  from: number;
  to: number;
  count: number;
  correct: number;
}

/** Reliability of reported support: corroborating predictions by strength, with the share whose
 *  label says the evidence does state the claim. */
export function calibration(
  predictions: Prediction[],
  edges = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0001],
): Bin[] {
  const support = predictions.filter(corroborates);
  return edges.slice(0, -1).map((from, i) => {
    const to = edges[i + 1] ?? 1;
    const inBin = support.filter((p) => p.reported >= from && p.reported < to);
    return {
      from,
      to: Math.min(to, 1),
      count: inBin.length,
      correct: inBin.filter((p) => p.measured.pair.label === 1).length,
    };
  });
}

export function printCalibration(bins: Bin[], label: string): void {
  console.log(`  calibration of reported support (${label}): strength bin → share right`);
  for (const b of bins)
    console.log(
      `    ${b.from.toFixed(1)}–${b.to.toFixed(1)}: ${b.count ? pct(b.correct / b.count) : '—'} of ${b.count}`,
    );
}
