import { estimatedJaccard } from './minhash';
import type { DocumentRecord } from './types';

/** Estimated 3-shingle Jaccard above which two documents are copies of one story. Two edited
 *  reprints of one Reuters story measure 0.39; stories of other agencies on the same event, sharing
 *  a long quote, 0.11–0.16. */
export const NEAR_DUPLICATE_JACCARD = 0.3;

/** Whether two documents share an origin: near-duplicate text, or the same credited agency. */
export function sameOrigin(
  a: Pick<DocumentRecord, 'signature' | 'credit'>,
  b: Pick<DocumentRecord, 'signature' | 'credit'>,
): boolean {
  if (a.credit && a.credit === b.credit) return true;
  return estimatedJaccard(a.signature, b.signature) >= NEAR_DUPLICATE_JACCARD;
}

/** Groups documents into origins (connected components of `sameOrigin`); returns a group index
 *  per document id. */
export function groupOrigins(
  documents: Pick<DocumentRecord, 'id' | 'signature' | 'credit'>[],
): Map<string, number> {
  const parent = documents.map((_, i) => i);
  const find = (i: number): number => {
    const up = parent[i] ?? i;
    return up === i ? i : (parent[i] = find(up));
  };
  documents.forEach((a, i) =>
    documents.forEach((b, j) => {
      if (j > i && sameOrigin(a, b)) parent[find(j)] = find(i);
    }),
  );
  return new Map(documents.map((document, i) => [document.id, find(i)]));
}
