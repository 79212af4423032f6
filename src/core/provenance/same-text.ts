import { estimatedContainment, estimatedJaccard } from './minhash';
import type { DocumentRecord } from '../types';

/** Estimated 3-shingle Jaccard above which two documents are copies of one story. Two edited
 *  reprints of one Reuters story measure 0.39; stories of other agencies on the same event, sharing
 *  a long quote, 0.11–0.16. */
export const NEAR_DUPLICATE_JACCARD = 0.3;
/** Share of the shorter text's shingles found in the longer one above which the shorter is a
 *  partial reprint (trimmed, or the longer one has extra paragraphs). The trimmed Reuters copy in
 *  the seeds measures 0.90; EFE's story sharing a 40-word KCNA quote with it 0.34; a BBC story that
 *  reuses half of another's paragraphs (lib-dems-highlight-problem-debt) 0.53. */
export const CONTAINED_REPRINT = 0.6;
/** Below this Jaccard the containment estimate rests on a handful of equal MinHash values (7 of
 *  128) and is noise; it limits containment to texts at most ~20× shorter than the other. */
const MIN_JACCARD_FOR_CONTAINMENT = 0.05;
/** A text this short (in shingles, ~40 words) is contained in another mostly by quoting it. */
const MIN_CONTAINED_SHINGLES = 40;

type Comparable = Pick<DocumentRecord, 'signature' | 'shingles'>;

/** Whether two documents are copies of one text: near-duplicates, or one a partial reprint of the
 *  other. Documents stored before shingle counts existed are compared by Jaccard only. */
export function sameText(a: Comparable, b: Comparable): boolean {
  const jaccard = estimatedJaccard(a.signature, b.signature);
  if (jaccard >= NEAR_DUPLICATE_JACCARD) return true;
  if (jaccard < MIN_JACCARD_FOR_CONTAINMENT || !a.shingles || !b.shingles) return false;
  if (Math.min(a.shingles, b.shingles) < MIN_CONTAINED_SHINGLES) return false;
  return estimatedContainment(jaccard, a.shingles, b.shingles) >= CONTAINED_REPRINT;
}
