// Whether the corpus is about the checked article's story at all, and how much of it: the
// headline above the claims. "Not covered" must never read like "disputed": a claim nothing
// corroborates in a corpus that has nothing on the story says nothing about the claim.
import type { ClaimReport, Coverage, DocumentInfo, DocumentRecord, OwnCopy } from '../types';

/** Claims a document must corroborate or differ on to be about the story. One shared claim is what
 *  an unrelated article meets by chance (a stock sentence, a name and a date in common); a report
 *  of the same event shares several: each seed, checked against the other four, has two to four of
 *  them on two claims or more, and an unrelated BBC story none. An article with a single claim
 *  needs that one. */
export const MIN_CLAIMS_ABOUT_STORY = 2;

/** The documents about the story: those that corroborate or differ on at least
 *  MIN_CLAIMS_ABOUT_STORY of the article's claims (all of them when it has fewer), the article's
 *  own copies left out; with the number of origin groups among them. */
export function storyCoverage(
  claims: readonly Pick<ClaimReport, 'support' | 'differences'>[],
  documents: ReadonlyMap<string, Pick<DocumentRecord, 'id' | 'origin'>>,
  own: readonly Pick<OwnCopy, 'id'>[] = [],
): Coverage {
  const excluded = new Set(own.map((copy) => copy.id));
  const touched = new Map<string, { document: DocumentInfo; claims: number }>();
  for (const claim of claims) {
    const ids = new Map<string, DocumentInfo>();
    for (const item of [...claim.support, ...claim.differences])
      if (!excluded.has(item.document.id)) ids.set(item.document.id, item.document);
    for (const [id, document] of ids) {
      const entry = touched.get(id) ?? { document, claims: 0 };
      entry.claims++;
      touched.set(id, entry);
    }
  }
  const needed = Math.max(1, Math.min(MIN_CLAIMS_ABOUT_STORY, claims.length));
  const about = [...touched.values()]
    .filter((entry) => entry.claims >= needed)
    .sort((a, b) => b.claims - a.claims || a.document.id.localeCompare(b.document.id));
  const groups = new Set(
    about.map(({ document }) => documents.get(document.id)?.origin ?? document.id),
  );
  return {
    documents: about.length,
    origins: groups.size,
    about: about.map(({ document }) => document),
  };
}
