import type { SentenceFeatures } from '../features';
import type { WordMatch } from './alignment';
import { align } from './ordered-alignment';

// How the claim's phrasing sits in the evidence's: phrases kept, and the shape of a copied extract.

/** Share of consecutive content-word pairs of the claim whose words sit next to each other (among
 *  content words) in the evidence too: phrases kept, not only words. */
export function sharedBigrams(words: readonly WordMatch[]): number {
  if (words.length < 2) return 0;
  let kept = 0;
  for (let k = 1; k < words.length; k++) {
    const x = words[k - 1];
    const y = words[k];
    if (x && y && x.other >= 0 && y.other >= 0 && Math.abs(y.other - x.other) <= 2) kept++;
  }
  return kept / (words.length - 1);
}

const PUNCTUATION = /[,;:()"“”—–]/u;
/** Share of the claim's tokens aligned in order above which it reads as a copy of the evidence. */
const COPY_MIN = 0.5;

/** How a claim copied from its evidence was cut, from the order-keeping alignment of their tokens:
 *  - copiedInOrder: share of the claim's tokens aligned in order with the evidence's;
 *  - repeatedWord: the claim says a content word twice in a row, the evidence does not (a garbled
 *    extract: "increasingly increasingly");
 *  - endsMidClause: the claim's last word is copied from inside a clause of the evidence, which
 *    goes on with content words before any punctuation ("…when it comes." from "…when it comes
 *    to scoring points");
 *  - gapsInCopy: log1p of the places where the claim joins two copied words across evidence
 *    content words with no punctuation between them ("the thousands [of chickens] live"). */
export function copyShape(a: SentenceFeatures, b: SentenceFeatures) {
  const match = align(a, b);
  const copied = a.tokens.length ? match.filter((j) => j !== null).length / a.tokens.length : 0;
  // The cut of a copy says nothing about a sentence written in its own words.
  if (copied < COPY_MIN)
    return { copiedInOrder: copied, repeatedWord: 0, endsMidClause: 0, gapsInCopy: 0 };
  let repeated = 0;
  for (let i = 1; i < a.tokens.length; i++) {
    const x = a.tokens[i - 1];
    const y = a.tokens[i];
    if (
      x &&
      y &&
      !y.stop &&
      x.term === y.term &&
      !b.text.toLowerCase().includes(`${x.text} ${y.text}`.toLowerCase())
    )
      repeated = 1;
  }
  let gaps = 0;
  let last = -1;
  match.forEach((j) => {
    if (j === null) return;
    if (
      last >= 0 &&
      j > last + 1 &&
      !PUNCTUATION.test(b.text.slice(b.tokens[last]?.end ?? 0, b.tokens[j]?.start ?? 0))
    ) {
      for (let k = last + 1; k < j; k++)
        if (!b.tokens[k]?.stop) {
          gaps++;
          break;
        }
    }
    last = j;
  });
  let endsMid = 0;
  if (last >= 0 && last + 1 < b.tokens.length) {
    const after = b.text.slice(b.tokens[last]?.end ?? 0, b.tokens[last + 1]?.start ?? 0);
    if (!PUNCTUATION.test(after) && !/[.!?]/u.test(after)) {
      for (let k = last + 1; k < b.tokens.length && k <= last + 3; k++) {
        const gap = b.text.slice(b.tokens[k - 1]?.end ?? 0, b.tokens[k]?.start ?? 0);
        if (k > last + 1 && PUNCTUATION.test(gap)) break;
        if (!b.tokens[k]?.stop) {
          endsMid = 1;
          break;
        }
      }
    }
  }
  return {
    copiedInOrder: copied,
    repeatedWord: repeated,
    endsMidClause: endsMid,
    gapsInCopy: Math.log1p(gaps),
  };
}

/** Share of the claim's word n-grams (all words, stemmed, stopwords included) that the evidence
 *  has too: phrasing kept, not only vocabulary. */
export function sharedGrams(a: SentenceFeatures, b: SentenceFeatures, n: number): number {
  const grams = (x: SentenceFeatures) => {
    const out = new Set<string>();
    for (let i = 0; i + n <= x.tokens.length; i++)
      out.add(
        x.tokens
          .slice(i, i + n)
          .map((t) => t.term)
          .join(' '),
      );
    return out;
  };
  const mine = grams(a);
  if (!mine.size) return 0;
  const theirs = grams(b);
  let shared = 0;
  for (const gram of mine) if (theirs.has(gram)) shared++;
  return shared / mine.size;
}
