// Gradient-boosted regression trees for the logistic loss (Newton steps: each leaf's value is
// −Σgradient / (Σhessian + λ)), on features cut into quantile bins. A few lines instead of a
// dependency: the engine only walks the trees (src/core/judge/model.ts), and the fit is small.
import type { TreeEnsemble } from '../../src/core/judge/model';

export interface BoostingRows {
  x: Float64Array[];
  y: number[];
  w: number[];
}

export interface BoostingOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** Fewest summed row weights (hessian) a leaf may hold: no leaf for a handful of pairs. */
  minLeafWeight: number;
  bins: number;
}

export const DEFAULT_BOOSTING: BoostingOptions = {
  trees: 200,
  depth: 3,
  learningRate: 0.08,
  lambda: 5,
  minLeafWeight: 20,
  bins: 32,
};

export function fitBoosting(
  { x, y, w }: BoostingRows,
  options: BoostingOptions = DEFAULT_BOOSTING,
): TreeEnsemble {
  const n = x.length;
  const d = x[0]?.length ?? 0;
  const cuts = Array.from({ length: d }, (_, k) =>
    quantileCuts(
      x.map((row) => row[k] ?? 0),
      options.bins,
    ),
  );
  const binned = Array.from({ length: d }, (_, k) => {
    const column = new Uint8Array(n);
    const edges = cuts[k] ?? [];
    for (let r = 0; r < n; r++) column[r] = binOf(x[r]?.[k] ?? 0, edges);
    return column;
  });
  const totalWeight = w.reduce((s, v) => s + v, 0);
  const positive = y.reduce((s, v, r) => s + v * (w[r] ?? 0), 0) / totalWeight;
  const base = Math.log(Math.max(positive, 1e-6) / Math.max(1 - positive, 1e-6));
  const margin = new Float64Array(n).fill(base);
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(n);
  const trees: TreeEnsemble['trees'] = [];
  for (let t = 0; t < options.trees; t++) {
    for (let r = 0; r < n; r++) {
      const p = 1 / (1 + Math.exp(-(margin[r] ?? 0)));
      gradient[r] = (w[r] ?? 0) * (p - (y[r] ?? 0));
      hessian[r] = (w[r] ?? 0) * p * (1 - p);
    }
    const tree: TreeEnsemble['trees'][number] = {
      feature: [],
      threshold: [],
      left: [],
      right: [],
      value: [],
    };
    const grow = (rows: Uint32Array, depth: number): number => {
      const node = tree.feature.length;
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push(0);
      let g = 0;
      let h = 0;
      for (const r of rows) {
        g += gradient[r] ?? 0;
        h += hessian[r] ?? 0;
      }
      tree.value[node] = (-g / (h + options.lambda)) * options.learningRate;
      if (depth >= options.depth) return node;
      const split = bestSplit(rows, g, h);
      if (!split) return node;
      const goesLeft = (r: number) => (binned[split.feature]?.[r] ?? 0) <= split.bin;
      const leftRows = rows.filter(goesLeft);
      const rightRows = rows.filter((r) => !goesLeft(r));
      tree.feature[node] = split.feature;
      tree.threshold[node] = cuts[split.feature]?.[split.bin] ?? 0;
      tree.left[node] = grow(leftRows, depth + 1);
      tree.right[node] = grow(rightRows, depth + 1);
      return node;
    };
    const bestSplit = (rows: Uint32Array, g: number, h: number) => {
      let best: { feature: number; bin: number; gain: number } | null = null;
      const parent = (g * g) / (h + options.lambda);
      for (let k = 0; k < d; k++) {
        const column = binned[k] as Uint8Array;
        const gs = new Float64Array(options.bins);
        const hs = new Float64Array(options.bins);
        for (const r of rows) {
          const b = column[r] ?? 0;
          gs[b] = (gs[b] ?? 0) + (gradient[r] ?? 0);
          hs[b] = (hs[b] ?? 0) + (hessian[r] ?? 0);
        }
        let gl = 0;
        let hl = 0;
        const edges = (cuts[k] ?? []).length;
        for (let b = 0; b < edges; b++) {
          gl += gs[b] ?? 0;
          hl += hs[b] ?? 0;
          const gr = g - gl;
          const hr = h - hl;
          if (hl < options.minLeafWeight || hr < options.minLeafWeight) continue;
          const gain =
            (gl * gl) / (hl + options.lambda) + (gr * gr) / (hr + options.lambda) - parent;
          if (gain > 1e-9 && (!best || gain > best.gain)) best = { feature: k, bin: b, gain };
        }
      }
      return best;
    };
    grow(
      Uint32Array.from({ length: n }, (_, r) => r),
      0,
    );
    for (let r = 0; r < n; r++)
      margin[r] = (margin[r] ?? 0) + leafValue(tree, x[r] as Float64Array);
    trees.push(tree);
  }
  return { base, trees };
}

/** Up to `bins − 1` distinct cut points: a value goes left of a cut when it is ≤ it. */
function quantileCuts(values: number[], bins: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const cuts: number[] = [];
  for (let q = 1; q < bins; q++) {
    const v = sorted[Math.floor((q / bins) * (sorted.length - 1))] ?? 0;
    if (!cuts.length || v > (cuts[cuts.length - 1] ?? -Infinity)) cuts.push(v);
  }
  // The largest value needs no cut: everything is ≤ it.
  if (cuts.length && cuts[cuts.length - 1] === sorted[sorted.length - 1]) cuts.pop();
  return cuts;
}

function binOf(v: number, edges: number[]): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= (edges[mid] ?? 0)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function leafValue(tree: TreeEnsemble['trees'][number], row: ArrayLike<number>): number {
  let node = 0;
  while ((tree.feature[node] ?? -1) >= 0) {
    const k = tree.feature[node] ?? 0;
    node =
      (row[k] ?? 0) <= (tree.threshold[node] ?? 0)
        ? (tree.left[node] ?? 0)
        : (tree.right[node] ?? 0);
  }
  return tree.value[node] ?? 0;
}
