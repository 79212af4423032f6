// Check latency of a 40-sentence article against corpora of 1k and 10k articles built from the BBC
// collection, next to the same 40 queries answered by an in-memory MiniSearch BM25 index over the
// same sentences. 1k = the first 1,000 BBC articles; 10k = all 2,095 plus 7,905 synthetic articles,
// each made of paragraphs drawn (seeded) from random BBC articles. The synthetic ones reuse the BBC
// vocabulary, so postings grow about 5× per term: harder for retrieval than a real 10k corpus. They
// also repeat BBC sentences word for word, as wire copies do, and a check reads a repeated sentence
// once: at 10k, 388 compared pairs are 83 distinct texts, so comparing costs less than it would on
// a corpus without copies (about 12 ms more per check on this machine without that).
// The engine reads the corpus through a wrapper that clones every record as IndexedDB would
// (scripts/bench-cloning-store.ts); the bench prints what one check reads from the store.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import {
  MemoryCorpusStore,
  checkArticle,
  importDocuments,
  type CorpusStore,
  loadEngineResources,
  type RawDocument,
} from '../src/core';
import { readAsset } from '../src/node/read-asset';
import { eng } from 'stopword';
import { corpusFiles } from '../src/cli/read-input';
import { parseText } from '../src/importers';
import { cloningStore } from './bench-cloning-store';
import { benchArticle, syntheticArticles } from './bench-corpus';
import { benchProvenance } from './bench-provenance';
import {
  bbcStore,
  benchCrossLanguage,
  falseCorroboration,
  ukrainianArticleLatency,
} from './bench-crosslang';

const loading = performance.now();
await loadEngineResources(readAsset);
console.log(
  `word meaning and lexicon pack loaded in ${(performance.now() - loading).toFixed(0)} ms`,
);
const BBC = fileURLToPath(new URL('../../shared/corpora/bbc-2095', import.meta.url));
const RUNS = 7;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function bench(label: string, corpus: RawDocument[], text: string): Promise<CorpusStore> {
  const memory = new MemoryCorpusStore();
  await importDocuments(memory, corpus);
  const stats = await memory.stats();
  const { store, traffic } = cloningStore(memory);
  // The first check and the later ones read the same (no cache between checks); both are shown.
  const report = await checkArticle({ title: 'bench', text }, store);
  const first = { ...traffic };
  Object.assign(traffic, { calls: 0, frequencies: 0, postingIds: 0, sentences: 0 });
  const ours: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await checkArticle({ title: 'bench', text }, store);
    ours.push(performance.now() - started);
  }
  const perRun = (n: number) => Math.round(n / RUNS);
  // Same stopwords as the engine, so MiniSearch is not slowed by postings of "the".
  const stop = new Set(eng);
  const mini = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    processTerm: (term) => (stop.has(term.toLowerCase()) ? null : term.toLowerCase()),
  });
  const sentences = await memory.getSentences(
    Array.from({ length: stats.sentences }, (_, i) => i + 1),
  );
  mini.addAll(sentences.map(({ id, text: sentence }) => ({ id, text: sentence })));
  const claims = report.claims.map((claim) => claim.text);
  const theirs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    for (const claim of claims) mini.search(claim).slice(0, 12);
    theirs.push(performance.now() - started);
  }
  const a = median(ours);
  const b = median(theirs);
  console.log(
    `${label}: ${corpus.length} articles, ${stats.sentences} sentences, ${claims.length} claims — ` +
      `check ${a.toFixed(1)} ms (median of ${RUNS}), MiniSearch search only ${b.toFixed(1)} ms, ratio ${(a / b).toFixed(2)}\n` +
      `  store reads per check: first ${first.calls} calls, ${first.frequencies} term frequencies, ${first.postingIds} posting ids, ${first.sentences} sentences; ` +
      `then ${perRun(traffic.calls)} calls, ${perRun(traffic.frequencies)} term frequencies, ${perRun(traffic.postingIds)} posting ids, ${perRun(traffic.sentences)} sentences`,
  );
  return store;
}

const bbc = corpusFiles(BBC).map((file) => parseText(readFileSync(file, 'utf8'), file));
const text = benchArticle(bbc);
await bench('1k', bbc.slice(0, 1000), text);
const large = await bench('10k', [...bbc, ...syntheticArticles(bbc, 10_000 - bbc.length)], text);
await ukrainianArticleLatency(large, RUNS);
await benchCrossLanguage();
await falseCorroboration(await bbcStore(bbc));
await benchProvenance(bbc);
