// Measures the English meaning assets: sizes, load and parse time, the cost of a similarity
// call, and the share of a news corpus's word tokens the vectors and WordNet know. The corpus
// is only read, never copied. Run: npx tsx scripts/measure-meaning.ts [corpus folder]
// (default ../shared/corpora/bbc-2095: the BBC news texts, one .txt file per article)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseWordNet, parseWordVectors, VECTORS_ASSET, WORDNET_ASSET } from '../src/core/meaning';
import { readAsset } from '../src/node/read-asset';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

for (const asset of [VECTORS_ASSET, WORDNET_ASSET]) {
  const bytes = await readAsset(asset);
  console.log(`${asset}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped`);
}

const times = { read: [] as number[], vectors: [] as number[], wordnet: [] as number[] };
for (let run = 0; run < 5; run++) {
  let t = performance.now();
  const [v, w] = await Promise.all([readAsset(VECTORS_ASSET), readAsset(WORDNET_ASSET)]);
  times.read.push(performance.now() - t);
  t = performance.now();
  parseWordVectors(v);
  times.vectors.push(performance.now() - t);
  t = performance.now();
  parseWordNet(w);
  times.wordnet.push(performance.now() - t);
}
console.log(
  `median of 5: read both ${median(times.read).toFixed(1)} ms, parse vectors ` +
    `${median(times.vectors).toFixed(1)} ms, parse WordNet ${median(times.wordnet).toFixed(1)} ms`,
);

const vectors = parseWordVectors(await readAsset(VECTORS_ASSET));
const wordnet = parseWordNet(await readAsset(WORDNET_ASSET));

// Similarity cost: the words of a sentence pair, every claim word against every evidence word.
const claim = 'the minister inspected the damaged missile sites on tuesday officials said'.split(
  ' ',
);
const evidence = 'the chief toured the bombed rocket bases and inspectors reported damage'.split(
  ' ',
);
const calls = 2_000_000;
let sink = 0;
for (const measure of ['similarity', 'similarityByIndex'] as const) {
  const ci = claim.map((w) => vectors.index(w));
  const ei = evidence.map((w) => vectors.index(w));
  const t = performance.now();
  const cpu = process.cpuUsage();
  for (let n = 0; n < calls;) {
    for (let a = 0; a < claim.length; a++)
      for (let b = 0; b < evidence.length; b++, n++)
        sink +=
          measure === 'similarity'
            ? vectors.similarity(claim[a] as string, evidence[b] as string) || 0
            : vectors.similarityByIndex(ci[a] as number, ei[b] as number);
  }
  const { user, system } = process.cpuUsage(cpu);
  const wall = ((performance.now() - t) / calls) * 1e6;
  // CPU time as well as wall time: on a shared machine the wall time also counts waiting.
  console.log(
    `${measure}: ${wall.toFixed(0)} ns a call (${(((user + system) / calls) * 1e3).toFixed(0)} ns CPU)`,
  );
}
if (Number.isNaN(sink)) console.log('(unexpected NaN)');

// Coverage: lowercase alphabetic word tokens, as the vectors' vocabulary is made of.
const dir = resolve(process.argv[2] ?? '../shared/corpora/bbc-2095');
const files: string[] = [];
const walk = (d: string) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.txt')) files.push(path);
  }
};
walk(dir);
let tokens = 0;
let exact = 0;
let withBase = 0;
let inWordNet = 0;
const types = new Set<string>();
const missing = new Map<string, number>();
for (const file of files) {
  const words =
    readFileSync(file, 'utf8')
      .toLowerCase()
      .match(/[a-z]+(?:[-'][a-z]+)*/g) ?? [];
  for (const w of words) {
    tokens++;
    types.add(w);
    const i = vectors.index(w);
    if (i >= 0 && vectors.word(i) === w) exact++;
    if (i >= 0) withBase++;
    else missing.set(w, (missing.get(w) ?? 0) + 1);
    if (wordnet.baseForms(w).length) inWordNet++;
  }
}
const pct = (n: number) => ((100 * n) / tokens).toFixed(2) + '%';
console.log(
  `${files.length} files, ${tokens} word tokens (${types.size} types): in the vectors as written ` +
    `${pct(exact)}, with base forms ${pct(withBase)}; with a WordNet base form ${pct(inWordNet)}`,
);
const top = [...missing].sort((a, b) => b[1] - a[1]).slice(0, 15);
console.log('most frequent missing:', top.map(([w, n]) => `${w} ${n}`).join(', '));
