import { findAttribution } from '../features/attribution';
import { originKeys, type ArticleSide } from '../provenance/claim-origins';
import { classifySentences } from '../claims/claims';
import { splitClauses } from '../claims/clauses';
import { compareFeatures } from '../judge/compare';
import { englishGloss } from '../crosslang/gloss';
import { crossLanguageQuery } from '../crosslang/query-terms';
import { isCyrillicLanguage } from '../crosslang/token-terms';
import { translateClaims, type Translate } from '../crosslang/translator';
import { findCredit } from '../provenance/credit';
import { analyseSentence, type SentenceFeatures } from '../features';
import { shingleHashes, signatureOf } from '../provenance/minhash';
import { resolveLanguage } from '../corpus/prepare';
import { retrieveCandidates } from '../retrieval/retrieve';
import { splitSentences } from '../text/sentences';
import type { CorpusStore } from '../corpus/store';
import { indexTerms } from '../text/terms';
import type {
  ArticleInput,
  AttributedSupport,
  CheckReport,
  ClaimReport,
  DifferenceEvidence,
  DocumentInfo,
  DocumentRecord,
  Language,
  PairJudgment,
  SentenceRecord,
  SupportEvidence,
  Verdict,
} from '../types';

/** Candidate sentences compared per claim. */
const CANDIDATES_PER_CLAIM = 12;
/** Candidates sharing fewer of the claim's exact terms than this are not compared: the pair score
 *  needs a claim coverage of about 0.44 to corroborate (0.55 with the claim side weighted 0.8), and
 *  prefix matches rarely add more than a few points. Comparing is the costly step of a check. */
const MIN_SHARED_TERMS = 0.3;

/** Checks every claim of an article against the corpus in the store. A document with the article's
 *  `documentId` is never evidence; copies of the article's own story (same origin group, credit or
 *  near-duplicate text) may appear as support but are not counted in `independentOrigins`, and
 *  support relaying one attributed source counts once (see claim-origins.ts). */
export async function checkArticle(
  article: ArticleInput,
  store: CorpusStore,
  options: CheckOptions = {},
): Promise<CheckReport> {
  const language = resolveLanguage(article.language, article.text);
  const sentences = classifySentences(splitSentences(article.text, language));
  // A sentence coordinating several predicates is one claim per clause; `match` carries the subject.
  const claims = splitClauses(
    sentences.filter((s) => s.claim),
    language,
  );
  const queries = claims.map((claim) => indexTerms(claim.match, language));
  const translations = await translateClaims(
    claims.map((claim) => claim.match),
    language,
    options.translate,
  );
  // Each claim asks twice: in its own language, and for its counterparts in the other language
  // family (English terms of a Ukrainian claim, or of its translation when there is one).
  const crossQueries = claims.map((claim, i) => {
    const translation = translations[i];
    return translation ? indexTerms(translation, 'en') : crossLanguageQuery(claim.match, language);
  });
  const found = await retrieveCandidates(
    [
      ...queries.map((terms) => ({ terms })),
      ...crossQueries.map((terms, i) => ({ terms, broad: !translations[i] })),
    ],
    store,
    CANDIDATES_PER_CLAIM,
    article.documentId,
  );

  // Wire copies repeat sentences word for word across documents: each distinct text is read once,
  // and compared once with each claim.
  const featureCache = new Map<string, SentenceFeatures>();
  const featuresOf = (sentence: SentenceRecord) => {
    const key = `${sentence.language}\u0000${sentence.text}`;
    let features = featureCache.get(key);
    if (!features)
      featureCache.set(key, (features = analyseSentence(sentence.text, sentence.language)));
    return features;
  };
  const judged = claims.map((claim, i) => {
    const features = analyseSentence(claim.match, language);
    const translation = translations[i];
    const translated = translation ? analyseSentence(translation, 'en') : null;
    const ownCount = queries[i]?.length ?? 0;
    const worth = (candidate: SentenceRecord, query: string[] | undefined) => {
      const terms = new Set(query);
      return (
        candidate.terms.filter((term) => terms.has(term)).length >= MIN_SHARED_TERMS * ownCount
      );
    };
    const own = (found[i] ?? []).filter(({ sentence }) => worth(sentence, queries[i]));
    const seen = new Set(own.map(({ sentence }) => sentence.id));
    const cross = (found[claims.length + i] ?? []).filter(
      ({ sentence }) => !seen.has(sentence.id) && worth(sentence, crossQueries[i]),
    );
    const judgments = new Map<SentenceFeatures, PairJudgment>();
    return bestPerDocument(
      [...own, ...cross].map(({ sentence }) => {
        const evidence = featuresOf(sentence);
        let judgment = judgments.get(evidence);
        if (!judgment) {
          const claimSide = translated && evidence.language === 'en' ? translated : features;
          judgments.set(evidence, (judgment = compareFeatures(claimSide, evidence)));
        }
        return { sentence, judgment };
      }),
    );
  });

  const documentIds = [...new Set(judged.flat().map(({ sentence }) => sentence.docId))];
  // The article's own record, when it is in the corpus, carries its origin group.
  if (article.documentId) documentIds.push(article.documentId);
  const documents = new Map((await store.getDocuments(documentIds)).map((d) => [d.id, d]));
  const shingles = shingleHashes(claims.map((claim) => claim.text).join(' '));
  const articleOrigin: Omit<ArticleSide, 'claim'> = {
    signature: signatureOf(shingles),
    shingles: shingles.size,
    credit: findCredit(article.text),
    origin: article.documentId ? documents.get(article.documentId)?.origin : undefined,
  };

  return {
    article: { title: article.title, language },
    claims: claims.map((claim, i) =>
      claimReport(
        claim,
        judged[i] ?? [],
        documents,
        { ...articleOrigin, claim: claim.text },
        language,
      ),
    ),
    skipped: sentences
      .filter((s) => !s.claim)
      .map(({ text, start, end, reason }) => ({ text, start, end, reason: reason ?? '' })),
  };
}

interface Judged {
  sentence: SentenceRecord;
  judgment: PairJudgment;
}

/** Keeps the strongest related sentence of each document: one document is one voice. */
function bestPerDocument(pairs: Judged[]): Judged[] {
  const best = new Map<string, Judged>();
  const rank = (j: Judged) => (j.judgment.relation === 'corroborates' ? 2 : 1) + j.judgment.score;
  for (const pair of pairs) {
    if (pair.judgment.relation === 'unrelated') continue;
    const current = best.get(pair.sentence.docId);
    if (!current || rank(pair) > rank(current)) best.set(pair.sentence.docId, pair);
  }
  return [...best.values()];
}

function claimReport(
  claim: { text: string; start: number; end: number },
  judged: Judged[],
  documents: Map<string, DocumentRecord>,
  articleSide: ArticleSide,
  language: Language,
): ClaimReport {
  const support: SupportEvidence[] = [];
  const differences: DifferenceEvidence[] = [];
  const supporters: { document: DocumentRecord; sentence: string; attributedTo: string | null }[] =
    [];
  for (const { sentence, judgment } of judged.sort((a, b) => b.judgment.score - a.judgment.score)) {
    const record = documents.get(sentence.docId);
    if (!record) continue;
    const document = documentInfo(record);
    const gloss = glossFor(sentence, language);
    if (judgment.relation === 'corroborates') {
      const attributedTo = findAttribution(sentence.text, sentence.language);
      support.push({
        document,
        sentence: sentence.text,
        score: judgment.score,
        attributedTo,
        ...gloss,
      });
      supporters.push({ document: record, sentence: sentence.text, attributedTo });
    } else {
      differences.push({
        document,
        sentence: sentence.text,
        score: judgment.score,
        details: judgment.details,
        ...gloss,
      });
    }
  }
  const keys = originKeys(articleSide, supporters);
  support.forEach((item, i) => (item.origin = keys[i] ?? null));
  return {
    text: claim.text,
    start: claim.start,
    end: claim.end,
    verdict: verdictOf(support.length > 0, differences.length > 0),
    independentOrigins: new Set(keys.filter((key) => key !== null)).size,
    support,
    differences,
    attribution: findAttribution(claim.text, language),
    attributedSupport: attributedSupport(support),
  };
}

/** Support reported under an attribution, counted per attributed source, most sources first. */
function attributedSupport(support: SupportEvidence[]): AttributedSupport[] {
  const counts = new Map<string, number>();
  for (const { attributedTo } of support)
    if (attributedTo) counts.set(attributedTo, (counts.get(attributedTo) ?? 0) + 1);
  return [...counts]
    .map(([name, sources]) => ({ name, sources }))
    .sort((a, b) => b.sources - a.sources || a.name.localeCompare(b.name));
}

function verdictOf(supported: boolean, differing: boolean): Verdict {
  if (supported) return differing ? 'mixed' : 'corroborated';
  return differing ? 'differing' : 'uncorroborated';
}

function documentInfo({ id, title, outlet, language, file }: DocumentRecord): DocumentInfo {
  return { id, title, outlet, language, file };
}

export interface CheckOptions {
  /** An on-device translator, when the host has one: Ukrainian and Russian claims are then matched
   *  against English sentences through their translation instead of the lexicon. */
  translate?: Translate;
}

/** A word-by-word English gloss of Ukrainian or Russian evidence for an English claim. */
function glossFor(sentence: SentenceRecord, claimLanguage: Language): { gloss?: string } {
  return claimLanguage === 'en' && isCyrillicLanguage(sentence.language)
    ? { gloss: englishGloss(sentence.text, sentence.language) }
    : {};
}
