// Placeholder until scripts/build-lexicon.ts writes the learned pairs: [Cyrillic stem, English stem,
// English word].
export const LEARNED_LEXICON: [string, string, string][] = [];
