// Minimal report pieces for tests of the report's counts: a document, a piece of support and a
// difference, each named by its document's id.
import type { DifferenceEvidence, DocumentInfo, SupportEvidence } from '../../src/core';

export const doc = (id: string): DocumentInfo => ({
  id,
  title: id,
  outlet: null,
  language: 'en',
  file: null,
});

/** Support from document `id`, counted under `origin` (null: a copy of the article's story). */
export const supportFrom = (id: string, origin?: string | null): SupportEvidence => ({
  document: doc(id),
  sentence: '',
  score: 1,
  strength: 1,
  ...(origin !== undefined && { origin }),
});

export const differenceFrom = (id: string): DifferenceEvidence => ({
  document: doc(id),
  sentence: '',
  score: 1,
  strength: 1,
  details: [],
});
