// Near-duplicate detection for wire copies: MinHash over word 3-shingles, with LSH bands the store
// indexes. Measured on real reprints: an edited wire copy keeps a 3-shingle Jaccard of 0.3–0.7,
// another story on the same event stays under 0.05; a trimmed reprint (003 of the seeds, half of
// 001) has a Jaccard of only 0.4 but 0.9 of its shingles are in the longer copy (containment).
export const SIGNATURE_SIZE = 128;
// 64 bands of 2 rows: a pair shares a band with p = 1 − (1 − J²)^64, so a trimmed reprint at
// J = 0.15 (containment 1 in a text 6× longer) is a candidate with p ≈ 0.77, one at J = 0.3 with
// p ≈ 0.998, and unrelated articles (J ≈ 0.003) with p ≈ 0.0006. Three rows (the first version,
// keys "bN:") missed a third of the pairs at J = 0.3.
const ROWS_PER_BAND = 2;
const BAND_PREFIX = 'r';
const SHINGLE = 3;

// Odd multipliers and offsets for the hash permutations, fixed so signatures stay comparable
// between versions of the engine and between the extension and the CLI.
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 ^ (i * 0x85ebca6b)));

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Hashes of the distinct word 3-shingles of a text (lower-cased words, punctuation ignored); a
 *  text shorter than three words is one shingle. */
export function shingleHashes(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++)
    hashes.add(hashString(words.slice(i, i + SHINGLE).join(' ')));
  return hashes;
}

/** MinHash signature of the word 3-shingles of a text. */
export function minhashSignature(text: string): number[] {
  return signatureOf(shingleHashes(text));
}

/** MinHash signature of a set of shingle hashes (see `shingleHashes`). */
export function signatureOf(shingles: Set<number>): number[] {
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const value = mix(shingle ^ (SEEDS[k] ?? 0));
      if (value < (signature[k] ?? 0)) signature[k] = value;
    }
  }
  return signature;
}

/** LSH band keys ("r3:1a2b…"): documents sharing one are near-duplicate candidates. */
export function lshBands(signature: number[]): string[] {
  const bands: string[] = [];
  for (let start = 0; start + ROWS_PER_BAND <= signature.length; start += ROWS_PER_BAND) {
    const rows = signature.slice(start, start + ROWS_PER_BAND);
    const band = start / ROWS_PER_BAND;
    bands.push(`${BAND_PREFIX}${band}:${hashString(rows.join(',')).toString(36)}`);
  }
  return bands;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function estimatedJaccard(a: number[], b: number[]): number {
  if (!a.length || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Estimated containment |A∩B| / min(|A|, |B|) from the Jaccard estimate and the set sizes:
 *  |A∩B| = J·(|A| + |B|) / (1 + J). Capped at 1 (the estimate is noisy). */
export function estimatedContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller <= 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / ((1 + jaccard) * smaller));
}
