// The engine's public API: everything outside src/core imports from here.
export { checkArticle } from './check';
export { classifySentences, type ClassifiedSentence } from './claims';
export { detectLanguage } from './language';
export { MemoryCorpusStore } from './memory-store';
export { documentId, prepareDocument } from './prepare';
export { splitSentences } from './sentences';
export type { AddResult, CorpusStats, CorpusStore, PreparedDocument } from './store';
export * from './types';
