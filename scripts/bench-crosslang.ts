// Cross-language figures on the WMT uk–en and ru–en test sets (../shared/devdata/wmt, evaluation only,
// never shipped): sentence retrieval recall@1/@5 of the English side for each Ukrainian or Russian
// sentence among all English sentences of the set, found and ranked the way a check does
// (cross-language query, BM25, then the pair score); false corroboration of Ukrainian and Russian
// news against the English-only BBC corpus; and a 40-sentence Ukrainian article against 10k articles.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MemoryCorpusStore,
  checkArticle,
  importDocuments,
  type CorpusStore,
  type Language,
  type RawDocument,
} from '../src/core';
import { compareFeatures } from '../src/core/judge/compare';
import { crossLanguageQuery } from '../src/core/crosslang/query-terms';
import { lexicon } from '../src/core/crosslang/lexicon';
import { loadLexiconPack } from '../src/core/crosslang/lexicon-pack';
import { readAsset } from '../src/node/read-asset';
import { corpusFiles } from '../src/cli/read-input';
import { parseText } from '../src/importers';
import { analyseSentence } from '../src/core/features';
import { sentenceStore } from './train/sentence-store';
import { retrieveCandidates } from '../src/core/retrieval/retrieve';

const WMT = fileURLToPath(new URL('../../shared/devdata/wmt/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));

interface Segment {
  doc_id: string;
  domain: string | null;
  src_lang: string;
  src: string;
  ref: string;
}

/** Aligned (Cyrillic, English) pairs of one WMT file, in file order. */
export function wmtPairs(
  language: 'uk' | 'ru',
): { cyrillic: string; english: string; doc: string }[] {
  return readFileSync(`${WMT}wmt22_${language}_en.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Segment)
    .map((s) =>
      s.src_lang === 'en'
        ? { cyrillic: s.ref, english: s.src, doc: s.doc_id }
        : { cyrillic: s.src, english: s.ref, doc: s.doc_id },
    );
}

/** Retrieval recall of each sentence's own translation among all sentences of the other side:
 *  Ukrainian or Russian → English, or (`reverse`) English → Ukrainian or Russian. */
async function recall(language: 'uk' | 'ru', reverse = false): Promise<void> {
  const pairs = wmtPairs(language).map((pair) =>
    reverse
      ? { query: pair.english, target: pair.cyrillic }
      : { query: pair.cyrillic, target: pair.english },
  );
  const [from, to]: [Language, Language] = reverse ? ['en', language] : [language, 'en'];
  const store = await sentenceStore(
    pairs.map((pair, i) => ({ id: `t${i}`, text: pair.target, language: to })),
  );
  const started = performance.now();
  const found = await retrieveCandidates(
    pairs.map((pair) => ({ terms: crossLanguageQuery(pair.query, from), broad: true })),
    store,
    40,
  );
  let at1 = 0;
  let at5 = 0;
  pairs.forEach((pair, i) => {
    const claim = analyseSentence(pair.query, from);
    const ranked = (found[i] ?? [])
      .map(({ sentence }) => ({
        id: sentence.docId,
        score: compareFeatures(claim, analyseSentence(sentence.text, to)).score,
      }))
      .sort((x, y) => y.score - x.score);
    const rank = ranked.findIndex((r) => r.id === `t${i}`);
    if (rank === 0) at1++;
    if (rank >= 0 && rank < 5) at5++;
  });
  const ms = (performance.now() - started) / pairs.length;
  console.log(
    `WMT ${from}→${to}: ${pairs.length} sentences among ${pairs.length} candidates — ` +
      `recall@1 ${pct(at1 / pairs.length)}, recall@5 ${pct(at5 / pairs.length)} (${ms.toFixed(2)} ms a sentence)`,
  );
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** Ukrainian and Russian news documents of WMT (source side), as articles. */
function wmtArticles(language: 'uk' | 'ru', count: number): RawDocument[] {
  const byDoc = new Map<string, string[]>();
  for (const pair of wmtPairs(language)) {
    const list = byDoc.get(pair.doc) ?? [];
    list.push(pair.cyrillic);
    byDoc.set(pair.doc, list);
  }
  return [...byDoc.entries()]
    .filter(([, sentences]) => sentences.length >= 5)
    .slice(0, count)
    .map(([doc, sentences]) => ({ title: doc, text: sentences.join('\n\n'), language }));
}

/** Share of Ukrainian and Russian claims that the English-only BBC corpus "corroborates": none of
 *  these stories is in it, so every corroboration found is false. */
export async function falseCorroboration(bbc: CorpusStore): Promise<void> {
  const seed = readFileSync(`${SEEDS}004_8c4dcfc5f19b088c.txt`, 'utf8');
  const articles: RawDocument[] = [
    { title: '004', text: seed, language: 'uk' },
    ...wmtArticles('uk', 40),
    ...wmtArticles('ru', 40),
  ];
  let claims = 0;
  let corroborated = 0;
  let differing = 0;
  for (const article of articles) {
    const report = await checkArticle(article, bbc);
    claims += report.claims.length;
    corroborated += report.claims.filter((c) => c.support.length > 0).length;
    differing += report.claims.filter((c) => c.differences.length > 0).length;
  }
  console.log(
    `BBC false corroboration: ${articles.length} Ukrainian/Russian articles (seed 004 + WMT), ${claims} claims — ` +
      `corroborated ${corroborated} (${pct(corroborated / claims)}), differing ${differing} (${pct(differing / claims)})`,
  );
}

/** A 40-sentence Ukrainian article (WMT Ukrainian sentences) checked against a corpus. */
export async function ukrainianArticleLatency(store: CorpusStore, runs: number): Promise<void> {
  const text = wmtPairs('uk')
    .map((pair) => pair.cyrillic)
    .filter((sentence) => sentence.split(/\s+/).length >= 8)
    .slice(0, 40)
    .join('\n\n');
  const first = await checkArticle({ title: 'uk', text, language: 'uk' }, store);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await checkArticle({ title: 'uk', text, language: 'uk' }, store);
    times.push(performance.now() - started);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
  console.log(
    `  Ukrainian article (${first.claims.length} claims) against the same corpus: ${median.toFixed(1)} ms (median of ${runs})`,
  );
}

export async function benchCrossLanguage(reverse = false): Promise<void> {
  await recall('uk');
  await recall('ru');
  if (reverse) {
    await recall('uk', true);
    await recall('ru', true);
  }
}

export async function bbcStore(raws: RawDocument[]): Promise<CorpusStore> {
  const store = new MemoryCorpusStore();
  await importDocuments(store, raws);
  return store;
}

// Run on its own (`npx tsx scripts/bench-crosslang.ts [--no-pack] [--bbc]`): the four retrieval
// directions, with the lexicon pack loaded unless --no-pack asks for the hand lexicon alone; --bbc
// adds the false corroboration against the BBC corpus (../shared/corpora/bbc-2095).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--no-pack')) {
    const started = performance.now();
    await loadLexiconPack(readAsset);
    lexicon();
    console.log(`lexicon pack loaded and merged in ${(performance.now() - started).toFixed(0)} ms`);
  }
  await benchCrossLanguage(true);
  if (process.argv.includes('--bbc')) {
    const folder = fileURLToPath(new URL('../../shared/corpora/bbc-2095', import.meta.url));
    const bbc = corpusFiles(folder).map((file) => parseText(readFileSync(file, 'utf8'), file));
    await falseCorroboration(await bbcStore(bbc));
  }
}
