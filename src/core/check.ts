import { classifySentences } from './claims';
import { compareFeatures } from './compare';
import { findCredit } from './credit';
import { analyseSentence, type SentenceFeatures } from './features';
import { minhashSignature } from './minhash';
import { resolveLanguage } from './prepare';
import { groupOrigins } from './provenance';
import { retrieveCandidates } from './retrieve';
import { splitSentences } from './sentences';
import type { CorpusStore } from './store';
import { indexTerms } from './terms';
import type {
  ArticleInput,
  CheckReport,
  ClaimReport,
  DifferenceEvidence,
  DocumentInfo,
  DocumentRecord,
  PairJudgment,
  SentenceRecord,
  SupportEvidence,
  Verdict,
} from './types';

/** Candidate sentences compared per claim. */
const CANDIDATES_PER_CLAIM = 12;
const ARTICLE = '\u0000article';
/** Candidates sharing fewer of the claim's exact terms than this are not compared: the pair score
 *  needs a claim coverage of about 0.44 to corroborate (0.55 with the claim side weighted 0.8), and
 *  prefix matches rarely add more than a few points. Comparing is the costly step of a check. */
const MIN_SHARED_TERMS = 0.3;

/** Checks every claim of an article against the corpus in the store. A document with the article's
 *  `documentId` is never evidence; copies of the article's own story (same credit or near-duplicate
 *  text) may appear as support but are not counted in `independentOrigins`. */
export async function checkArticle(
  article: ArticleInput,
  store: CorpusStore,
): Promise<CheckReport> {
  const language = resolveLanguage(article.language, article.text);
  const sentences = classifySentences(splitSentences(article.text, language));
  const claims = sentences.filter((s) => s.claim);
  const queries = claims.map((claim) => indexTerms(claim.text, language));
  const candidates = await retrieveCandidates(
    queries,
    store,
    CANDIDATES_PER_CLAIM,
    article.documentId,
  );

  const featureCache = new Map<number, SentenceFeatures>();
  const featuresOf = (sentence: SentenceRecord) => {
    let features = featureCache.get(sentence.id);
    if (!features)
      featureCache.set(sentence.id, (features = analyseSentence(sentence.text, sentence.language)));
    return features;
  };
  const judged = claims.map((claim, i) => {
    const features = analyseSentence(claim.text, language);
    const terms = new Set(queries[i]);
    const worth = (candidate: SentenceRecord) =>
      candidate.terms.filter((term) => terms.has(term)).length >= MIN_SHARED_TERMS * terms.size;
    return bestPerDocument(
      (candidates[i] ?? [])
        .filter(({ sentence }) => worth(sentence))
        .map(({ sentence }) => ({
          sentence,
          judgment: compareFeatures(features, featuresOf(sentence)),
        })),
    );
  });

  const documentIds = [...new Set(judged.flat().map(({ sentence }) => sentence.docId))];
  const documents = new Map((await store.getDocuments(documentIds)).map((d) => [d.id, d]));
  const articleOrigin = {
    id: ARTICLE,
    signature: minhashSignature(claims.map((claim) => claim.text).join(' ')),
    credit: findCredit(article.text),
  };

  return {
    article: { title: article.title, language },
    claims: claims.map((claim, i) => claimReport(claim, judged[i] ?? [], documents, articleOrigin)),
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
  articleOrigin: Pick<DocumentRecord, 'id' | 'signature' | 'credit'>,
): ClaimReport {
  const support: SupportEvidence[] = [];
  const differences: DifferenceEvidence[] = [];
  const supporters: DocumentRecord[] = [];
  for (const { sentence, judgment } of judged.sort((a, b) => b.judgment.score - a.judgment.score)) {
    const record = documents.get(sentence.docId);
    if (!record) continue;
    const document = documentInfo(record);
    if (judgment.relation === 'corroborates') {
      support.push({ document, sentence: sentence.text, score: judgment.score });
      supporters.push(record);
    } else {
      differences.push({
        document,
        sentence: sentence.text,
        score: judgment.score,
        details: judgment.details,
      });
    }
  }
  const origins = groupOrigins([articleOrigin, ...supporters]);
  const own = origins.get(ARTICLE);
  const independent = new Set(supporters.map((d) => origins.get(d.id)).filter((g) => g !== own));
  return {
    text: claim.text,
    start: claim.start,
    end: claim.end,
    verdict: verdictOf(support.length > 0, differences.length > 0),
    independentOrigins: independent.size,
    support,
    differences,
  };
}

function verdictOf(supported: boolean, differing: boolean): Verdict {
  if (supported) return differing ? 'mixed' : 'corroborated';
  return differing ? 'differing' : 'uncorroborated';
}

function documentInfo({ id, title, outlet, language, file }: DocumentRecord): DocumentInfo {
  return { id, title, outlet, language, file };
}
