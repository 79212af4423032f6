// How CROSS_LANGUAGE_CONTENT_WORDS (src/core/compare.ts) was chosen: English claims against
// Ukrainian and Russian evidence, under three rules. True pairs: WMT22 English → Ukrainian/Russian
// (../shared/devdata/wmt, evaluation only). False corroboration: the English claims of every tenth
// BBC article (2004–05) against all WMT Ukrainian and Russian documents (2021–22), none of them on a
// BBC story. Seeds: English seed claims corroborated by a sentence of 004 (read the list: which
// are true). Run: npx tsx scripts/calibrate-crosslang.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  MemoryCorpusStore,
  classifySentences,
  importDocuments,
  splitSentences,
  type RawDocument,
} from '../src/core';
import { splitClauses } from '../src/core/claims/clauses';
import {
  CORROBORATES_MIN,
  CROSS_LANGUAGE_CONTENT_WORDS,
  CROSS_LANGUAGE_CORROBORATES_MIN,
  contentWordsNeeded,
  scorePair,
  sharedContentWords,
} from '../src/core/judge/compare';
import { crossLanguageQuery } from '../src/core/crosslang/query-terms';
import { analyseSentence, type SentenceFeatures } from '../src/core/features';
import { retrieveCandidates } from '../src/core/retrieval/retrieve';
import { corpusFiles } from '../src/cli/read-input';
import { parseText } from '../src/importers';
import { wmtPairs } from './bench-crosslang';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

interface Measured {
  score: number;
  contentWords: number;
}

const measure = (claim: SentenceFeatures, evidence: SentenceFeatures): Measured => {
  const { score, details } = scorePair(claim, evidence);
  return { score: details.length ? -1 : score, contentWords: sharedContentWords(claim, evidence) };
};

const RULES: [string, (m: Measured) => boolean][] = [
  [`score ≥ ${CORROBORATES_MIN}`, (m) => m.score >= CORROBORATES_MIN],
  [`score ≥ ${CROSS_LANGUAGE_CORROBORATES_MIN}`, (m) => m.score >= CROSS_LANGUAGE_CORROBORATES_MIN],
  [
    `score ≥ ${CORROBORATES_MIN}, or ≥ ${CROSS_LANGUAGE_CORROBORATES_MIN} with 4 content words`,
    (m) =>
      m.score >= CORROBORATES_MIN ||
      (m.score >= CROSS_LANGUAGE_CORROBORATES_MIN && m.contentWords >= 4),
  ],
  [
    `the engine's rule: ${CROSS_LANGUAGE_CONTENT_WORDS.map(({ minScore, words }) => `${minScore} with ${words}`).join(', ')} content words`,
    (m) => {
      const needed = contentWordsNeeded(m.score);
      return needed !== null && m.contentWords >= needed;
    },
  ],
];

const englishClaims = (text: string) =>
  splitClauses(
    classifySentences(splitSentences(text, 'en')).filter((s) => s.claim),
    'en',
  ).map((claim) => claim.match);

const translations: Measured[] = [];
const documents = new Map<string, RawDocument>();
for (const language of ['uk', 'ru'] as const) {
  for (const pair of wmtPairs(language)) {
    translations.push(
      measure(analyseSentence(pair.english, 'en'), analyseSentence(pair.cyrillic, language)),
    );
    const key = `${language}:${pair.doc}`;
    const document = documents.get(key) ?? { title: pair.doc, text: '', language };
    document.text += `${pair.cyrillic}\n\n`;
    documents.set(key, document);
  }
}
const store = new MemoryCorpusStore();
await importDocuments(store, [...documents.values()]);
const bbc = corpusFiles(`${SHARED}corpora/bbc-2095`)
  .filter((_, i) => i % 10 === 0)
  .map((file) => parseText(readFileSync(file, 'utf8'), file));
const unrelated: Measured[][] = [];
for (const article of bbc) {
  const claims = englishClaims(article.text);
  const found = await retrieveCandidates(
    claims.map((claim) => ({ terms: crossLanguageQuery(claim, 'en'), broad: true })),
    store,
    12,
  );
  claims.forEach((claim, i) => {
    const features = analyseSentence(claim, 'en');
    unrelated.push(
      (found[i] ?? []).map(({ sentence }) =>
        measure(features, analyseSentence(sentence.text, sentence.language)),
      ),
    );
  });
}
const seedFiles = corpusFiles(`${SHARED}seeds`).map((file) => [file, readFileSync(file, 'utf8')]);
const ukrainian = seedFiles
  .filter(([file]) => file?.includes('/004_'))
  .flatMap(([, text]) => classifySentences(splitSentences(text ?? '', 'uk')))
  .filter((s) => s.claim)
  .map((s) => analyseSentence(s.text, 'uk'));
const seedClaims = seedFiles
  .filter(([file]) => !file?.includes('/004_'))
  .flatMap(([, text]) => englishClaims(text ?? ''))
  .map((claim) => ({
    claim,
    measured: ukrainian.map((evidence) => measure(analyseSentence(claim, 'en'), evidence)),
  }));

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;
console.log(
  `English claim vs Ukrainian/Russian evidence: ${translations.length} WMT pairs, ${unrelated.length} BBC claims`,
);
for (const [name, rule] of RULES) {
  const corroborated = seedClaims.filter(({ measured }) => measured.some(rule));
  const falsely = unrelated.filter((candidates) => candidates.some(rule)).length;
  console.log(
    `${name}: WMT pairs corroborating ${percent(translations.filter(rule).length, translations.length)}, ` +
      `BBC claims falsely corroborated ${falsely} (${percent(falsely, unrelated.length)}), ` +
      `English seed claims corroborated by 004: ${corroborated.length}`,
  );
  for (const { claim } of corroborated) console.log(`    ${claim.slice(0, 100)}`);
}
