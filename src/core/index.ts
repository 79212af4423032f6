// The engine's public API: everything outside src/core imports from here.
export { checkArticle } from './check';
export { classifySentences, nonClaimReason, type ClassifiedSentence } from './claims';
export { compareSentences } from './compare';
export { findCredit } from './credit';
export { importDocuments } from './import-documents';
export { detectLanguage } from './language';
export { MemoryCorpusStore } from './memory-store';
export { estimatedJaccard, lshBands, minhashSignature } from './minhash';
export { documentId, prepareDocument } from './prepare';
export { groupOrigins, sameOrigin } from './provenance';
export { splitSentences } from './sentences';
export type { AddResult, CorpusStats, CorpusStore, PreparedDocument } from './store';
export * from './types';
