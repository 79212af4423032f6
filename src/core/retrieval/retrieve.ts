import type { SoftTerm } from './soft-terms';
import { topScored } from './top-scored';
import type { CorpusStore } from '../corpus/store';
import type { SentenceRecord } from '../types';

// BM25 over the store's postings. Terms are distinct per sentence (tf = 1), so a sentence's score is
// the sum over shared terms of idf · (k1 + 1) / (1 + k1 · (1 − b + b · len / avgLen)).
const K1 = 1.2;
const B = 0.75;
/** A term in more than this share of all sentences says little and costs much: it is not used to
 *  find candidates (it still counts when pairs are compared). */
const COMMON_TERM_SHARE = 0.02;
/** Below this many sentences no term is too common (small corpora have skewed counts). */
const COMMON_TERM_FLOOR = 500;
/** Candidates scored without length normalisation before the top ones are fetched and rescored. */
const FIRST_PASS = 40;
/** Only a claim's rarest terms find its candidates; all its terms score them afterwards. Rare terms
 *  carry most of the BM25 score and have the shortest lists, so this halves the ids walked at 10k
 *  articles. */
const FINDING_TERMS = 8;
/** A claim with at least this many finding terms takes candidates sharing two of them or more (not
 *  for broad queries: there the same filter cost 1.6 points of WMT uk→en recall@5). A sentence
 *  sharing one rare word ("duty", "SMS") with a claim is seldom about its fact: of about 1,400
 *  pairs the comparison accepted when BBC articles were checked against the BBC corpus, 2 shared a
 *  single finding term, both wrongly; yet such sentences were most of what a check read (at 1k
 *  articles, 1,263 sentences a check before, 323 after). */
const MIN_FINDING_TERMS_FOR_TWO = 3;

/** A query's index terms. `broad`: terms guessed through the lexicon from another language, where
 *  a translation often shares one of them only, so candidates sharing a single term are kept. */
export interface RetrievalQuery {
  terms: string[];
  broad?: boolean;
  /** Terms that stand for the claim's words without being them (soft-terms.ts): they find and
   *  score candidates below exact terms, so that a paraphrase reaches the judge. */
  soft?: SoftTerm[];
}

/** Soft terms among a query's finding terms, rarest (by weighted idf) first. */
const SOFT_FINDING_TERMS = 6;

export interface Candidate {
  sentence: SentenceRecord;
  bm25: number;
}

/** Retrieves candidate sentences for many queries at once: one read of the document frequencies of
 *  all their terms (small records), one postings read for each query's rarest terms only, then one
 *  sentence read for all first-pass winners, which are rescored with all their shared terms from
 *  their own term lists. Postings of common terms, the longest lists, are never read (an IndexedDB
 *  read clones every id). Resolves with one list per query, best first. */
export async function retrieveCandidates(
  queries: RetrievalQuery[],
  store: CorpusStore,
  limit: number,
  excludeDocument?: string,
): Promise<Candidate[][]> {
  const stats = await store.stats();
  if (!stats.sentences) return queries.map(() => []);
  const maxDf = Math.max(COMMON_TERM_FLOOR, stats.sentences * COMMON_TERM_SHARE);
  const frequencies = await store.getTermFrequencies([
    ...new Set(
      queries.flatMap(({ terms, soft }) => [...terms, ...(soft ?? []).map((s) => s.term)]),
    ),
  ]);
  const idf = new Map<string, number>();
  for (const [term, df] of frequencies) {
    if (!df || df > maxDf) continue;
    idf.set(term, Math.log(1 + (stats.sentences - df + 0.5) / (df + 0.5)));
  }
  const finding = queries.map(({ terms, soft }) => findingTerms(terms, soft ?? [], idf));
  const postings = await store.getPostings([
    ...new Set(finding.flatMap((weighted) => weighted.map(({ term }) => term))),
  ]);
  let maxId = 0;
  for (const ids of postings.values()) maxId = Math.max(maxId, ids[ids.length - 1] ?? 0);
  const accumulator = new Float64Array(maxId + 1);
  const shared = new Uint8Array(maxId + 1);
  const firstPass = finding.map((terms, q) =>
    firstPassScores(terms, postings, {
      scores: accumulator,
      shared,
      minShared: !queries[q]?.broad && terms.length >= MIN_FINDING_TERMS_FOR_TWO ? 2 : 1,
    }),
  );

  const ids = [...new Set(firstPass.flatMap((entries) => entries.map(([id]) => id)))];
  const sentences = new Map((await store.getSentences(ids)).map((s) => [s.id, s]));
  const avgLength = stats.totalTerms / stats.sentences || 1;
  return queries.map(({ terms, soft }, q) => {
    const asked = new Map((soft ?? []).map(({ term, weight }) => [term, weight]));
    for (const term of terms) asked.set(term, 1);
    return (firstPass[q] ?? [])
      .flatMap(([id]) => {
        const sentence = sentences.get(id);
        if (!sentence || sentence.docId === excludeDocument) return [];
        const norm = 1 + K1 * (1 - B + (B * sentence.terms.length) / avgLength);
        let bm25 = 0;
        for (const term of sentence.terms) {
          const weight = asked.get(term);
          if (weight) bm25 += (weight * (idf.get(term) ?? 0) * (K1 + 1)) / norm;
        }
        return [{ sentence, bm25 }];
      })
      .sort((x, y) => y.bm25 - x.bm25)
      .slice(0, limit);
  });
}

interface WeightedTerm {
  term: string;
  /** The term's idf, times its soft weight for a soft term. */
  weight: number;
}

/** A query's rarest known terms, rarest first: the ones that find its candidates; then its
 *  rarest soft terms, weighted below them. */
function findingTerms(terms: string[], soft: SoftTerm[], idf: Map<string, number>): WeightedTerm[] {
  const exact = [...new Set(terms)]
    .filter((term) => idf.has(term))
    .map((term) => ({ term, weight: idf.get(term) ?? 0 }))
    .sort((x, y) => y.weight - x.weight)
    .slice(0, FINDING_TERMS);
  const taken = new Set(terms);
  const alternatives = soft
    .filter(({ term }) => idf.has(term) && !taken.has(term))
    .map(({ term, weight }) => ({ term, weight: weight * (idf.get(term) ?? 0) }))
    .sort((x, y) => y.weight - x.weight)
    .slice(0, SOFT_FINDING_TERMS);
  return [...exact, ...alternatives].sort((x, y) => y.weight - x.weight);
}

/** Sums idf per sentence into shared typed arrays (zeroed again before returning), rarest term
 *  first, counting the terms each sentence shares. Max-score pruning: once the lists left add up
 *  to no more than the current first-pass floor, a sentence in none of the rarer lists cannot reach
 *  the top, so those lists only add to sentences already seen. The result is the exact first-pass
 *  top among the sentences that share enough terms. */
function firstPassScores(
  terms: WeightedTerm[],
  postings: Map<string, Uint32Array>,
  { scores, shared, minShared }: { scores: Float64Array; shared: Uint8Array; minShared: number },
): [number, number][] {
  const weighted = terms.flatMap(({ term, weight }) => {
    const ids = postings.get(term);
    return !ids ? [] : [{ weight, ids }];
  });
  const eligible = (touched: number[]) =>
    minShared === 1 ? touched : touched.filter((id) => (shared[id] ?? 0) >= minShared);
  const total = weighted.reduce((sum, { weight }) => sum + weight, 0);
  let remaining = total;
  let open = true;
  const touched: number[] = [];
  for (const { weight, ids } of weighted) {
    // No score yet exceeds what the lists already read add up to: while the lists left add up to
    // more than that, nothing can be pruned and the floor need not be computed.
    if (open && remaining <= total - remaining && touched.length >= FIRST_PASS)
      open = remaining > kthScore(eligible(touched), scores, FIRST_PASS);
    for (const id of ids) {
      const score = scores[id] ?? 0;
      if (score === 0) {
        if (!open) continue;
        touched.push(id);
      }
      scores[id] = score + weight;
      shared[id] = (shared[id] ?? 0) + 1;
    }
    remaining -= weight;
  }
  const top = topScored(eligible(touched), scores, FIRST_PASS);
  for (const id of touched) {
    scores[id] = 0;
    shared[id] = 0;
  }
  return top;
}

/** The `k`-th highest score among these ids: the floor a new candidate must beat (none while
 *  fewer than `k` qualify). */
function kthScore(ids: number[], scores: Float64Array, k: number): number {
  if (ids.length < k) return 0;
  const top = topScored(ids, scores, k);
  return top[top.length - 1]?.[1] ?? 0;
}
