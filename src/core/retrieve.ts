import type { CorpusStore } from './store';
import type { SentenceRecord } from './types';

// BM25 over the store's postings. Terms are distinct per sentence (tf = 1), so a sentence's score is
// the sum over shared terms of idf · (k1 + 1) / (1 + k1 · (1 − b + b · len / avgLen)).
const K1 = 1.2;
const B = 0.75;
/** A term in more than this share of all sentences says little and costs much: it is not used to
 *  find candidates (it still counts when pairs are compared). */
const COMMON_TERM_SHARE = 0.05;
/** Below this many sentences no term is too common (small corpora have skewed counts). */
const COMMON_TERM_FLOOR = 500;
/** Candidates scored without length normalisation before the top ones are fetched and rescored. */
const FIRST_PASS = 40;

export interface Candidate {
  sentence: SentenceRecord;
  bm25: number;
}

/** Retrieves candidate sentences for many queries at once: one postings read for all their terms,
 *  then one sentence read for all first-pass winners. Resolves with one list per query, best first. */
export async function retrieveCandidates(
  queries: string[][],
  store: CorpusStore,
  limit: number,
  excludeDocument?: string,
): Promise<Candidate[][]> {
  const stats = await store.stats();
  if (!stats.sentences) return queries.map(() => []);
  const allTerms = [...new Set(queries.flat())];
  const postings = await store.getPostings(allTerms);
  const maxDf = Math.max(COMMON_TERM_FLOOR, stats.sentences * COMMON_TERM_SHARE);
  const idf = new Map<string, number>();
  for (const [term, ids] of postings) {
    const df = ids.length;
    if (df && df <= maxDf) idf.set(term, Math.log(1 + (stats.sentences - df + 0.5) / (df + 0.5)));
  }
  const firstPass = queries.map((terms) => {
    const scores = new Map<number, number>();
    for (const term of terms) {
      const weight = idf.get(term);
      if (weight === undefined) continue;
      for (const id of postings.get(term) ?? []) scores.set(id, (scores.get(id) ?? 0) + weight);
    }
    return topEntries(scores, FIRST_PASS);
  });
  const ids = [...new Set(firstPass.flatMap((entries) => entries.map(([id]) => id)))];
  const sentences = new Map((await store.getSentences(ids)).map((s) => [s.id, s]));
  const avgLength = stats.totalTerms / stats.sentences || 1;
  return queries.map((terms, q) => {
    const wanted = new Set(terms);
    return (firstPass[q] ?? [])
      .flatMap(([id]) => {
        const sentence = sentences.get(id);
        if (!sentence || sentence.docId === excludeDocument) return [];
        const norm = 1 + K1 * (1 - B + (B * sentence.terms.length) / avgLength);
        let bm25 = 0;
        for (const term of sentence.terms)
          if (wanted.has(term)) bm25 += ((idf.get(term) ?? 0) * (K1 + 1)) / norm;
        return [{ sentence, bm25 }];
      })
      .sort((x, y) => y.bm25 - x.bm25)
      .slice(0, limit);
  });
}

/** The `count` highest-scoring entries, without sorting the whole map. */
function topEntries(scores: Map<number, number>, count: number): [number, number][] {
  const top: [number, number][] = [];
  let floor = -Infinity;
  for (const entry of scores) {
    if (top.length >= count && entry[1] <= floor) continue;
    top.push(entry);
    if (top.length > count * 4) {
      top.sort((x, y) => y[1] - x[1]);
      top.length = count;
      floor = top[count - 1]?.[1] ?? -Infinity;
    }
  }
  return top.sort((x, y) => y[1] - x[1]).slice(0, count);
}
