import type { SentenceFeatures } from '../features';
import { termsMatch } from '../text/term-match';

function same(a: SentenceFeatures, i: number, b: SentenceFeatures, j: number): boolean {
  const x = a.tokens[i];
  const y = b.tokens[j];
  if (!x || !y) return false;
  return x.term === y.term || (!x.stop && !y.stop && termsMatch(x.term, y.term));
}

/** Order-keeping alignment of `a`'s tokens to `b`'s with the most shared words (content words
 *  count double, so they win over stopwords): for each token of `a`, its token in `b` or null. */
export function align(a: SentenceFeatures, b: SentenceFeatures): (number | null)[] {
  const n = a.tokens.length;
  const m = b.tokens.length;
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  const gain = (i: number) => (a.tokens[i]?.stop ? 1 : 2);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const skip = Math.max(best[(i + 1) * width + j] ?? 0, best[i * width + j + 1] ?? 0);
      const take = same(a, i, b, j) ? (best[(i + 1) * width + j + 1] ?? 0) + gain(i) : 0;
      best[i * width + j] = Math.max(skip, take);
    }
  const match: (number | null)[] = new Array<number | null>(n).fill(null);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = best[i * width + j] ?? 0;
    if (same(a, i, b, j) && here === (best[(i + 1) * width + j + 1] ?? 0) + gain(i)) {
      match[i++] = j++;
    } else if ((best[(i + 1) * width + j] ?? 0) >= (best[i * width + j + 1] ?? 0)) i++;
    else j++;
  }
  return match;
}
