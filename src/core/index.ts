// The engine's public API: everything outside src/core imports from here.
export { findAttribution } from './attribution';
export { checkArticle, type CheckOptions } from './check';
export type { Translate } from './crosslang/translator';
export { copiedSentence, originKeys } from './claim-origins';
export { classifySentences, nonClaimReason, type ClassifiedSentence } from './claims';
export { errorMessage } from './error-message';
export { compareSentences } from './compare';
export { findCredit } from './credit';
export { importDocuments } from './import-documents';
export { detectLanguage } from './language';
export { MemoryCorpusStore } from './memory-store';
export {
  estimatedContainment,
  estimatedJaccard,
  lshBands,
  minhashSignature,
  shingleHashes,
} from './minhash';
export {
  assignOrigins,
  groupDocuments,
  mergeOrigins,
  regroup,
  regroupAfterDelete,
  splitOrigin,
  type OriginOverride,
  type OriginStore,
} from './origin-groups';
export { documentId, prepareDocument } from './prepare';
export { sameText } from './provenance';
export { splitSentences } from './sentences';
export type { AddResult, CorpusStats, CorpusStore, PreparedDocument } from './store';
export * from './types';
