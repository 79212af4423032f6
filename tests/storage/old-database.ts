// Fills a database opened at an older schema version by hand, the way that version's store wrote
// its records, for the upgrade tests.
import type { IDBPDatabase } from 'idb';
import type { DocumentRecord, PreparedDocument } from '../../src/core';

/** Writes the documents as given, the prepared sentences with ids from 1, their postings and the
 *  totals. Resolves with the postings written (term → sentence ids). */
export async function fillOldDatabase(
  db: IDBPDatabase,
  documents: DocumentRecord[],
  prepared: PreparedDocument[],
): Promise<Map<string, number[]>> {
  const tx = db.transaction(['documents', 'sentences', 'postings', 'meta'], 'readwrite');
  for (const document of documents) await tx.objectStore('documents').put(document);
  const postings = new Map<string, number[]>();
  let id = 1;
  let totalTerms = 0;
  for (const item of prepared) {
    for (const sentence of item.sentences) {
      await tx.objectStore('sentences').put({ ...sentence, id });
      for (const term of sentence.terms) postings.set(term, [...(postings.get(term) ?? []), id]);
      totalTerms += sentence.terms.length;
      id++;
    }
  }
  for (const [term, ids] of postings)
    await tx.objectStore('postings').put({ term, sentenceIds: Uint32Array.from(ids) });
  await tx
    .objectStore('meta')
    .put(
      { documents: documents.length, sentences: id - 1, totalTerms, nextSentenceId: id },
      'totals',
    );
  await tx.done;
  return postings;
}
