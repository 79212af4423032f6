import type { ArticleSide } from '../provenance/claim-origins';
import { classifySentences } from '../claims/claims';
import { splitClauses } from '../claims/clauses';
import { compareFeatures } from '../judge/compare';
import { bestPerDocument, claimReport } from './claim-report';
import { storyCoverage } from './coverage';
import { articleRoles, evidenceFeatures, withRoles } from './evidence-features';
import { ownCopies } from './own-copies';
import type { PairModel } from '../judge/model';
import { crossLanguageQuery } from '../crosslang/query-terms';
import { translateClaims, type Translate } from '../crosslang/translator';
import { findCredit } from '../provenance/credit';
import { analyseSentence, type SentenceFeatures } from '../features';
import { shingleHashes, signatureOf } from '../provenance/minhash';
import { resolveLanguage } from '../corpus/prepare';
import { retrieveCandidates } from '../retrieval/retrieve';
import { softQueryTerms } from '../retrieval/soft-terms';
import { splitSentences } from '../text/sentences';
import type { CorpusStore } from '../corpus/store';
import { indexTerms } from '../text/terms';
import type { ArticleInput, CheckReport, PairJudgment, SentenceRecord } from '../types';

/** Candidate sentences compared per claim. */
const CANDIDATES_PER_CLAIM = 12;
/** Candidates sharing fewer of the claim's terms (exact, or soft: a neighbour or synonym of one of
 *  its words) than this share of its exact terms are not compared: they state too little of it to
 *  corroborate it. Comparing is the costly step of a check. */
const MIN_SHARED_TERMS = 0.3;
/** The same across languages, where the lexicon finds a translation's counterpart for only some of
 *  its words (a third to a half): at 0.3 most of WMT's own translations that retrieval found were
 *  never judged. */
const MIN_SHARED_CROSS_TERMS = 0.15;

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
  const sentences = classifySentences(splitSentences(article.text, language), article.text);
  // A sentence coordinating several predicates is one claim per clause; `match` carries the subject.
  const claims = splitClauses(
    sentences.filter((s) => s.claim),
    language,
  );
  const queries = claims.map((claim) => indexTerms(claim.match, language));
  const softQueries = claims.map((claim, i) =>
    softQueryTerms(claim.match, language, queries[i] ?? []),
  );
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
      ...queries.map((terms, i) => ({ terms, soft: softQueries[i] ?? [] })),
      ...crossQueries.map((terms, i) => ({ terms, broad: !translations[i] })),
    ],
    store,
    CANDIDATES_PER_CLAIM,
    article.documentId,
  );

  // The candidates worth comparing with each claim.
  const compared = claims.map((_, i) => {
    const ownCount = queries[i]?.length ?? 0;
    // Terms a candidate may share with the claim, gathered once per claim, not per candidate.
    const ownTerms = new Set([...(queries[i] ?? []), ...(softQueries[i] ?? []).map((t) => t.term)]);
    const crossTerms = new Set(crossQueries[i]);
    const worth = (candidate: SentenceRecord, share: number, terms: Set<string>) =>
      candidate.terms.filter((term) => terms.has(term)).length >= share * ownCount;
    const own = (found[i] ?? []).filter(({ sentence }) =>
      worth(sentence, MIN_SHARED_TERMS, ownTerms),
    );
    const seen = new Set(own.map(({ sentence }) => sentence.id));
    const cross = (found[claims.length + i] ?? []).filter(
      ({ sentence }) =>
        !seen.has(sentence.id) &&
        worth(sentence, translations[i] ? MIN_SHARED_TERMS : MIN_SHARED_CROSS_TERMS, crossTerms),
    );
    return [...own, ...cross];
  });

  // The documents of the compared candidates, read once: judging reads their name roles, the report
  // their metadata.
  const documentIds = [
    ...new Set(compared.flatMap((list) => list.map(({ sentence }) => sentence.docId))),
  ];
  // The article's own record, when it is in the corpus, carries its origin group.
  if (article.documentId) documentIds.push(article.documentId);
  const documents = new Map((await store.getDocuments(documentIds)).map((d) => [d.id, d]));
  const featuresOf = evidenceFeatures(documents);
  const roles = articleRoles(
    sentences.filter((s) => s.claim).map((s) => s.text),
    language,
  );
  const judged = claims.map((claim, i) => {
    const features = withRoles(analyseSentence(claim.match, language), roles);
    const translation = translations[i];
    const translated = translation ? analyseSentence(translation, 'en') : null;
    const judgments = new Map<SentenceFeatures, PairJudgment>();
    return bestPerDocument(
      (compared[i] ?? []).map(({ sentence }) => {
        const evidence = featuresOf(sentence);
        let judgment = judgments.get(evidence);
        if (!judgment) {
          const claimSide = translated && evidence.language === 'en' ? translated : features;
          judgment = compareFeatures(claimSide, evidence, options.model);
          // Word offsets of a translation say nothing about the claim as written.
          if (claimSide !== features) delete judgment.alignment;
          judgments.set(evidence, judgment);
        }
        return { sentence, judgment };
      }),
    );
  });

  const shingles = shingleHashes(claims.map((claim) => claim.text).join(' '));
  const articleOrigin: Omit<ArticleSide, 'claim'> = {
    signature: signatureOf(shingles),
    shingles: shingles.size,
    credit: findCredit(article.text),
    origin: article.documentId ? documents.get(article.documentId)?.origin : undefined,
  };

  const claimReports = claims.map((claim, i) =>
    claimReport(
      { ...claim, subjectLength: claim.match.length - claim.text.length },
      judged[i] ?? [],
      documents,
      { ...articleOrigin, claim: claim.text },
      language,
    ),
  );
  const own = ownCopies(article.documentId, articleOrigin, documents);
  return {
    article: { title: article.title, language },
    claims: claimReports,
    skipped: sentences
      .filter((s) => !s.claim)
      .map(({ text, start, end, reason }) => ({ text, start, end, reason: reason ?? '' })),
    ownCopies: own,
    coverage: storyCoverage(claimReports, documents, own),
  };
}

export interface CheckOptions {
  /** Judge with these parameters instead of the shipped ones (evaluation: each held-out fold is
   *  judged by the model fitted without it). */
  model?: PairModel;
  /** An on-device translator, when the host has one: Ukrainian and Russian claims are then matched
   *  against English sentences through their translation instead of the lexicon. */
  translate?: Translate;
}
