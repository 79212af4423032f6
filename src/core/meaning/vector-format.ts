// The word-vector file `engine/en-vectors.bin`, defined once: the build script encodes it and the
// engine decodes it. All numbers are little-endian.
//
//   offset  size      field
//   0       4         magic, the ASCII bytes "CCWV"
//   4       uint32    format version (1)
//   8       uint32    N, words in the vocabulary
//   12      uint32    D, components per vector
//   16      uint32    V, byte length of the vocabulary block
//   20      uint32    K, words (the first K of the vocabulary) that carry a neighbour list
//   24      uint32    M, most neighbours a word carries
//   28      uint32    E, neighbour entries in all
//   32      V bytes   vocabulary: the N words, UTF-8, joined by "\n", in the order their
//                     vectors follow (most frequent first)
//   ...     0-3 bytes zero padding to a multiple of 4
//           N*4       float32 scale per word
//           N*D       int8 components per word: the word's L2-normalised vector is
//                     round(component / scale), scale = max |component| / 127
//           K         uint8 neighbour count per word 0..K-1 (at most M each)
//           0-1 bytes zero padding to a multiple of 2
//           E*2       uint16 neighbour word index (so neighbours are among the first 65,536 words)
//           E         uint8 neighbour cosine similarity, as round(similarity * 255)
//
// Word i's neighbour entries start at the sum of the counts of words 0..i-1, nearest first.

export const VECTORS_MAGIC = 'CCWV';
export const VECTORS_VERSION = 1;
const HEADER_BYTES = 32;

export interface Neighbour {
  index: number;
  similarity: number;
}

/** What the file holds, decoded. `components` is a view into the file's bytes, not a copy. */
export interface VectorTables {
  words: string[];
  dimensions: number;
  scales: Float32Array;
  components: Int8Array;
  /** For word i < counts.length: entries offsets[i] .. offsets[i] + counts[i] - 1. */
  neighbourCounts: Uint8Array;
  neighbourOffsets: Uint32Array;
  neighbourIndex: Uint16Array;
  neighbourSimilarity: Uint8Array;
}

export interface VectorSource {
  words: string[];
  dimensions: number;
  /** words.length * dimensions components; each word's vector need not be normalised. */
  vectors: Float32Array;
  /** neighbours[i] for the first neighbours.length words, nearest first. */
  neighbours: Neighbour[][];
  maxNeighbours: number;
}

const pad = (n: number, to: number) => (to - (n % to)) % to;

/** Normalises, quantises and lays out `source` in the format above. */
export function encodeWordVectors(source: VectorSource): Uint8Array {
  const { words, dimensions: d, vectors, neighbours, maxNeighbours } = source;
  const n = words.length;
  if (vectors.length !== n * d) throw new Error('encodeWordVectors: vectors do not match words');
  if (words.some((w) => w.length === 0 || w.includes('\n')))
    throw new Error('encodeWordVectors: a word is empty or holds a newline');
  const vocab = new TextEncoder().encode(words.join('\n'));
  const k = neighbours.length;
  const e = neighbours.reduce((sum, list) => sum + Math.min(list.length, maxNeighbours), 0);
  const scalesAt = HEADER_BYTES + vocab.length + pad(HEADER_BYTES + vocab.length, 4);
  const componentsAt = scalesAt + 4 * n;
  const countsAt = componentsAt + n * d;
  const indexAt = countsAt + k + pad(countsAt + k, 2);
  const similarityAt = indexAt + 2 * e;
  const bytes = new Uint8Array(similarityAt + e);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(VECTORS_MAGIC), 0);
  [VECTORS_VERSION, n, d, vocab.length, k, maxNeighbours, e].forEach((value, i) =>
    view.setUint32(4 + 4 * i, value, true),
  );
  bytes.set(vocab, HEADER_BYTES);
  for (let i = 0; i < n; i++) {
    let norm = 0;
    let max = 0;
    for (let j = 0; j < d; j++) norm += (vectors[i * d + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < d; j++)
      max = Math.max(max, Math.abs((vectors[i * d + j] as number) / norm));
    const scale = max / 127 || 1;
    view.setFloat32(scalesAt + 4 * i, scale, true);
    for (let j = 0; j < d; j++)
      view.setInt8(
        componentsAt + i * d + j,
        Math.round((vectors[i * d + j] as number) / norm / scale),
      );
  }
  let entry = 0;
  neighbours.forEach((list, i) => {
    const kept = list.slice(0, maxNeighbours);
    bytes[countsAt + i] = kept.length;
    for (const { index, similarity } of kept) {
      if (index < 0 || index > 0xffff || index >= n)
        throw new Error(`encodeWordVectors: neighbour ${index} of word ${i} is out of range`);
      view.setUint16(indexAt + 2 * entry, index, true);
      bytes[similarityAt + entry] = Math.round(Math.min(1, Math.max(0, similarity)) * 255);
      entry++;
    }
  });
  return bytes;
}

/** Reads the format above; throws on a wrong magic, version or length. */
export function decodeWordVectors(bytes: Uint8Array): VectorTables {
  if (bytes.length < HEADER_BYTES) throw new Error('word vectors: file too short');
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== VECTORS_MAGIC) throw new Error('word vectors: not a Crosscheck vector file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [version, n, d, v, k, , e] = [0, 1, 2, 3, 4, 5, 6].map((i) =>
    view.getUint32(4 + 4 * i, true),
  ) as [number, number, number, number, number, number, number];
  if (version !== VECTORS_VERSION) throw new Error(`word vectors: version ${version} not read`);
  const scalesAt = HEADER_BYTES + v + pad(HEADER_BYTES + v, 4);
  const componentsAt = scalesAt + 4 * n;
  const countsAt = componentsAt + n * d;
  const indexAt = countsAt + k + pad(countsAt + k, 2);
  const similarityAt = indexAt + 2 * e;
  if (bytes.length !== similarityAt + e) throw new Error('word vectors: file length is wrong');
  const vocab = new TextDecoder().decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + v));
  const words = n === 0 ? [] : vocab.split('\n');
  if (words.length !== n) throw new Error('word vectors: vocabulary count is wrong');
  const scales = new Float32Array(n);
  for (let i = 0; i < n; i++) scales[i] = view.getFloat32(scalesAt + 4 * i, true);
  const components = new Int8Array(bytes.buffer, bytes.byteOffset + componentsAt, n * d);
  const neighbourCounts = bytes.slice(countsAt, countsAt + k);
  const neighbourOffsets = new Uint32Array(k);
  for (let i = 1; i < k; i++)
    neighbourOffsets[i] = (neighbourOffsets[i - 1] as number) + (neighbourCounts[i - 1] as number);
  const neighbourIndex = new Uint16Array(e);
  for (let i = 0; i < e; i++) neighbourIndex[i] = view.getUint16(indexAt + 2 * i, true);
  const neighbourSimilarity = bytes.slice(similarityAt, similarityAt + e);
  return {
    words,
    dimensions: d,
    scales,
    components,
    neighbourCounts,
    neighbourOffsets,
    neighbourIndex,
    neighbourSimilarity,
  };
}
