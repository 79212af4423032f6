// The engine's public API: everything outside src/core imports from here.
export { findAttribution } from './features/attribution';
export { checkArticle, type CheckOptions } from './report/check';
export {
  claimCounts,
  standingCounts,
  standingOf,
  storyOrigins,
  STANDINGS,
  type ClaimCounts,
  type Standing,
} from './report/counts';
export { MIN_CLAIMS_ABOUT_STORY, storyCoverage } from './report/coverage';
export { ownCopies } from './report/own-copies';
export { STRENGTH_BANDS, strengthBand, strengthLabel, type StrengthBand } from './report/strength';
export type { Translate } from './crosslang/translator';
export { copiedSentence, originKeys } from './provenance/claim-origins';
export { classifySentences, nonClaimReason, type ClassifiedSentence } from './claims/claims';
export { errorMessage } from './error-message';
export type { AssetReader } from './assets';
export { loadEngineResources } from './resources';
export { compareSentences } from './judge/compare';
export { findCredit } from './provenance/credit';
export { importDocuments } from './corpus/import-documents';
export { detectLanguage } from './text/language';
export { MemoryCorpusStore } from './corpus/memory-store';
export {
  estimatedContainment,
  estimatedJaccard,
  lshBands,
  minhashSignature,
  shingleHashes,
} from './provenance/minhash';
export {
  assignOrigins,
  groupDocuments,
  mergeOrigins,
  regroup,
  regroupAfterDelete,
  splitOrigin,
  type OriginOverride,
  type OriginStore,
} from './provenance/origin-groups';
export { documentId, prepareDocument } from './corpus/prepare';
export { sameText } from './provenance/same-text';
export { splitSentences } from './text/sentences';
export type { AddResult, CorpusStats, CorpusStore, PreparedDocument } from './corpus/store';
export * from './types';
