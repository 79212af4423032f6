// The checked article's own copies in the corpus: the very text (imported, or added with "Add
// this page") and copies of it. The engine never takes the article's own text as evidence, and
// counts copies of its story for nothing (claim-origins.ts); the report names them, so a reader
// knows the article is in the corpus and that what the rest of it says is what is shown.
import { sameGroup, type ArticleSide } from '../provenance/claim-origins';
import type { DocumentRecord, OwnCopy } from '../types';

/** The documents among `documents` (those the check touched, and the article's own record) that
 *  are the article (`articleId`) or copies of it, the exact text first. */
export function ownCopies(
  articleId: string | undefined,
  article: Omit<ArticleSide, 'claim'>,
  documents: ReadonlyMap<string, DocumentRecord>,
): OwnCopy[] {
  const copies: OwnCopy[] = [];
  for (const record of documents.values()) {
    const exact = record.id === articleId;
    if (!exact && !sameGroup(article, record)) continue;
    const { id, title, outlet, language, file, url, published, importedAt } = record;
    copies.push({
      id,
      title,
      outlet,
      language,
      file,
      url,
      published,
      importedAt,
      match: exact ? 'exact' : 'copy',
    });
  }
  return copies.sort(
    (a, b) => Number(b.match === 'exact') - Number(a.match === 'exact') || a.id.localeCompare(b.id),
  );
}
