// The one definition of every count a report shows: the popup's summary, its filter chips, each
// claim, the Sources tab, the exports and the CLI all count through these functions.
//
// - A claim's corroborating sources: the distinct documents that support it, copies of the checked
//   article's own story left out (support whose `origin` is null). Those copies are counted apart.
// - A claim's independent origins: the engine's `independentOrigins` (claim-origins.ts): reprints
//   of one text count once, and outlets relaying one attributed source ("KCNA said") count once.
// - The article's independent origins (the summary): the distinct origin groups (copies of one
//   text, as the store keeps them) of the documents that give counted support to a corroborated
//   claim. A group, not a claim's origin key: one document relaying KCNA for one claim and stating
//   another in its own voice is one source of the article, so the total never exceeds the corpus.
// - A claim's standing: its verdict, except that a claim only copies of the article's own story
//   support is "copies", not "corroborated" (nothing independent says it).
import type { ClaimReport } from '../types';

export type Standing = 'corroborated' | 'copies' | 'mixed' | 'differing' | 'uncorroborated';

export const STANDINGS: readonly Standing[] = [
  'corroborated',
  'copies',
  'mixed',
  'differing',
  'uncorroborated',
];

type Counted = Pick<ClaimReport, 'verdict' | 'independentOrigins' | 'support' | 'differences'>;

/** Support that counts: everything but copies of the checked article's own story. */
const counted = (support: Counted['support'][number]) => support.origin !== null;

export function standingOf(claim: Counted): Standing {
  if (claim.verdict === 'corroborated' && !claim.support.some(counted)) return 'copies';
  return claim.verdict;
}

export interface ClaimCounts {
  /** Distinct documents corroborating the claim, copies of the article's own story left out. */
  sources: number;
  /** Distinct documents corroborating it that are copies of the article's own story. */
  copies: number;
  /** Independent origins among the sources (the engine's `independentOrigins`). */
  origins: number;
  /** Distinct documents that differ on a detail. */
  differing: number;
}

export function claimCounts(claim: Counted): ClaimCounts {
  const documents = (items: { document: { id: string } }[]) =>
    new Set(items.map((item) => item.document.id)).size;
  return {
    sources: documents(claim.support.filter(counted)),
    copies: documents(claim.support.filter((s) => !counted(s))),
    origins: claim.independentOrigins,
    differing: documents(claim.differences),
  };
}

/** How many claims have each standing. */
export function standingCounts(claims: readonly Counted[]): Record<Standing, number> {
  const counts = Object.fromEntries(STANDINGS.map((s) => [s, 0])) as Record<Standing, number>;
  for (const claim of claims) counts[standingOf(claim)]++;
  return counts;
}

/** The article's independent origins: distinct origin groups (`groupOf` a document id) of the
 *  documents giving counted support to its corroborated claims. */
export function storyOrigins(
  claims: readonly Counted[],
  groupOf: (documentId: string) => string,
): number {
  const groups = new Set<string>();
  for (const claim of claims) {
    if (standingOf(claim) !== 'corroborated') continue;
    for (const support of claim.support)
      if (counted(support)) groups.add(groupOf(support.document.id));
  }
  return groups.size;
}
