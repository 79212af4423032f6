// Sentence-level provenance: which supporting sentences of one claim are independent of each
// other and of the article being checked. Each supporter gets one origin key, by precedence:
//  1. none (not counted): a copy of the article's own story — same origin group, near-duplicate
//     text, same credited agency, or the claim's own sentence copied word for word;
//  2. the source it attributes the claim to ("KCNA said …"): five outlets relaying KCNA are one
//     origin, KCNA;
//  3. its origin group, merged with others of the same credited agency or sharing the sentence
//     word for word (a story that reuses another's paragraphs without being a copy of it).
// Precedence, not one union-find: linking a copy of the article with "KCNA" would otherwise pull
// every other outlet's "KCNA said" into the article's own origin.
import { disjointSets } from './disjoint-sets';
import { shingleHashes } from './minhash';
import { sameText } from './same-text';
import type { DocumentRecord } from '../types';

type OriginFields = Pick<DocumentRecord, 'signature' | 'shingles' | 'credit' | 'origin'>;

export interface SupportingSentence {
  document: Pick<DocumentRecord, 'id'> & OriginFields;
  sentence: string;
  /** Canonical source the sentence attributes the claim to, or null (its own voice). */
  attributedTo: string | null;
}

export interface ArticleSide extends OriginFields {
  /** The claim as the article states it. */
  claim: string;
}

/** Shingle Jaccard of two sentences, quoted words left out, above which one copies the other. */
const COPIED_SENTENCE = 0.6;
/** Fewest unquoted shingles (~10 words) for a word-for-word match to mean copying: two outlets
 *  quoting one statement share the quote, and short facts are written alike independently. */
const MIN_COPIED_SHINGLES = 8;
const QUOTED = /["“”«»„][^"“”«»„]{0,400}["“”«»„]/gu;

/** Whether one sentence is a word-for-word copy of the other, quotations aside. */
export function copiedSentence(a: string, b: string): boolean {
  return copiedShingles(unquotedShingles(a), unquotedShingles(b));
}

const unquotedShingles = (sentence: string) => shingleHashes(sentence.replace(QUOTED, ' '));

function copiedShingles(left: Set<number>, right: Set<number>): boolean {
  if (Math.min(left.size, right.size) < MIN_COPIED_SHINGLES) return false;
  let shared = 0;
  for (const hash of left) if (right.has(hash)) shared++;
  return shared / (left.size + right.size - shared) >= COPIED_SENTENCE;
}

/** Two documents are copies: their stored origin groups when both have one (manual splits and
 *  merges included), else their texts. */
export function sameGroup(a: OriginFields, b: OriginFields): boolean {
  if (a.origin !== undefined && b.origin !== undefined) return a.origin === b.origin;
  return sameText(a, b);
}

/** One origin key per supporter (null: the article's own story, not counted). Equal keys are one
 *  independent origin. */
export function originKeys(
  article: ArticleSide,
  supporters: SupportingSentence[],
): (string | null)[] {
  // Each sentence is compared with every other: its shingles are computed once.
  const shingles = supporters.map(({ sentence }) => unquotedShingles(sentence));
  const claimShingles = unquotedShingles(article.claim);
  const own = supporters.map(
    ({ document }, i) =>
      sameGroup(article, document) ||
      (article.credit !== null && article.credit === document.credit) ||
      copiedShingles(claimShingles, shingles[i] ?? new Set()),
  );
  const keys = supporters.map(({ document, attributedTo }, i): string | null => {
    if (own[i]) return null;
    if (attributedTo) return `source:${attributedTo.toLowerCase()}`;
    return document.credit
      ? `source:${document.credit.toLowerCase()}`
      : `group:${document.origin ?? document.id}`;
  });
  // Own-voice supporters that are copies of each other share the first one's key.
  const { find, union } = disjointSets(keys.length);
  supporters.forEach((a, i) =>
    supporters.forEach((b, j) => {
      if (j <= i || keys[i] === null || keys[j] === null) return;
      if (a.attributedTo || b.attributedTo) return;
      const copies =
        keys[i] === keys[j] ||
        sameGroup(a.document, b.document) ||
        copiedShingles(shingles[i] ?? new Set(), shingles[j] ?? new Set());
      if (copies) union(i, j);
    }),
  );
  return keys.map((key, i) => (key === null ? null : (keys[find(i)] ?? key)));
}
