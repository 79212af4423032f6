// Near-duplicate detection for wire copies: MinHash over word 3-shingles, with LSH bands the store
// indexes. Measured on real reprints: an edited wire copy keeps a 3-shingle Jaccard of 0.3–0.7,
// another story on the same event stays under 0.05.
export const SIGNATURE_SIZE = 128;
// 42 bands of 3 rows: a pair at Jaccard 0.39 (two Reuters reprints) shares a band with p ≈ 0.92.
const ROWS_PER_BAND = 3;
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

/** MinHash signature of the word 3-shingles of a text (lower-cased words, punctuation ignored). */
export function minhashSignature(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) {
    const shingle = hashString(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const value = mix(shingle ^ (SEEDS[k] ?? 0));
      if (value < (signature[k] ?? 0)) signature[k] = value;
    }
  }
  return signature;
}

/** LSH band keys ("b3:1a2b…"): documents sharing one are near-duplicate candidates. */
export function lshBands(signature: number[]): string[] {
  const bands: string[] = [];
  for (let start = 0; start + ROWS_PER_BAND <= signature.length; start += ROWS_PER_BAND) {
    const rows = signature.slice(start, start + ROWS_PER_BAND);
    bands.push(`b${start / ROWS_PER_BAND}:${hashString(rows.join(',')).toString(36)}`);
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
