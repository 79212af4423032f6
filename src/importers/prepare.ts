import { prepareDocument, type PreparedDocument, type RawDocument } from '../core';
import { ImportError } from './formats/errors';

/** What the store keeps of an imported document (core.prepareDocument), refused when it has no
 *  sentence the engine could ever check or cite: such a document would sit in the corpus as an
 *  entry that can never be evidence (a page of navigation, a 10 MB line of one "word"). Shared by
 *  the corpus page's import worker and the CLI, so both keep the same documents. */
export function prepareImported(raw: RawDocument, importedAt?: number): PreparedDocument {
  const prepared = prepareDocument(raw, importedAt);
  if (!prepared.sentences.length) {
    throw new ImportError('no sentences Crosscheck can check in it: not stored');
  }
  return prepared;
}
