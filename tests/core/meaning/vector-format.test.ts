import { describe, expect, it } from 'vitest';
import {
  decodeWordVectors,
  encodeWordVectors,
  type VectorSource,
} from '../../../src/core/meaning/vector-format';
import { parseWordVectors } from '../../../src/core/meaning/vectors';

// Four words in three dimensions; "cat" and "kitten" point almost the same way.
const source: VectorSource = {
  words: ['cat', 'kitten', 'car', 'naïve'],
  dimensions: 3,
  vectors: new Float32Array([1, 0.1, 0, 2, 0.3, 0, 0, 0, 5, -1, -1, 1]),
  neighbours: [[{ index: 1, similarity: 0.99 }], [{ index: 0, similarity: 0.99 }], []],
  maxNeighbours: 8,
};

describe('word-vector format', () => {
  it('round-trips vocabulary, counts and neighbours', () => {
    const tables = decodeWordVectors(encodeWordVectors(source));
    expect(tables.words).toEqual(source.words);
    expect(tables.dimensions).toBe(3);
    expect([...tables.neighbourCounts]).toEqual([1, 1, 0]);
    expect([...tables.neighbourIndex]).toEqual([1, 0]);
    expect([...tables.neighbourSimilarity]).toEqual([252, 252]);
  });

  it('stores unit vectors whose largest component is ±127', () => {
    const { components, scales } = decodeWordVectors(encodeWordVectors(source));
    expect([...components.subarray(6, 9)]).toEqual([0, 0, 127]);
    expect(scales[2]).toBeCloseTo(1 / 127, 6);
    const v = [...components.subarray(9, 12)].map((c) => c * (scales[3] as number));
    expect(Math.hypot(...v)).toBeCloseTo(1, 2);
  });

  it('gives the parser cosines close to the float ones', () => {
    const vectors = parseWordVectors(encodeWordVectors(source));
    const cosine = (a: number[], b: number[]) =>
      a.reduce((s, x, i) => s + x * (b[i] as number), 0) / Math.hypot(...a) / Math.hypot(...b);
    expect(vectors.similarity('cat', 'kitten')).toBeCloseTo(cosine([1, 0.1, 0], [2, 0.3, 0]), 2);
    expect(vectors.similarity('cat', 'car')).toBeCloseTo(0, 2);
    expect(vectors.similarity('naïve', 'naïve')).toBeCloseTo(1, 5);
    expect(vectors.neighbours('kitten')).toEqual([{ word: 'cat', similarity: 252 / 255 }]);
    expect(vectors.neighbours('naïve')).toEqual([]);
  });

  it('reads an offset view of a larger buffer', () => {
    const bytes = encodeWordVectors(source);
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 3);
    expect(parseWordVectors(padded.subarray(3)).similarity('cat', 'kitten')).toBeGreaterThan(0.9);
  });

  it('rejects a file that is not one, or is cut short', () => {
    const bytes = encodeWordVectors(source);
    expect(() =>
      decodeWordVectors(
        new TextEncoder().encode('not a vector file at all, sorry, but long enough'),
      ),
    ).toThrow(/not a Crosscheck vector file/);
    expect(() => decodeWordVectors(bytes.subarray(0, bytes.length - 1))).toThrow(/length/);
  });

  it('refuses a neighbour outside the vocabulary', () => {
    expect(() =>
      encodeWordVectors({ ...source, neighbours: [[{ index: 9, similarity: 0.7 }]] }),
    ).toThrow(/out of range/);
  });
});
