import { classifySentences } from './claims';
import { detectLanguage } from './language';
import { splitSentences } from './sentences';
import type { CorpusStore } from './store';
import { indexTerms } from './terms';
import type { ArticleInput, CheckReport, ClaimReport, DocumentInfo, Language } from './types';

const CANDIDATES_PER_CLAIM = 20;
const SUPPORT_THRESHOLD = 0.5;

/** Checks every claim of an article against the corpus in the store. */
export async function checkArticle(
  article: ArticleInput,
  store: CorpusStore,
): Promise<CheckReport> {
  const language = (article.language as Language | undefined) ?? detectLanguage(article.text);
  const sentences = classifySentences(splitSentences(article.text, language));
  const claims: ClaimReport[] = [];
  for (const sentence of sentences.filter((s) => s.claim)) {
    const terms = indexTerms(sentence.text, language);
    const postings = await store.getPostings(terms);
    const hits = new Map<number, number>();
    for (const ids of postings.values())
      for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + 1);
    const best = [...hits.entries()].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES_PER_CLAIM);
    const candidates = await store.getSentences(best.map(([id]) => id));
    const documents = new Map(
      (await store.getDocuments([...new Set(candidates.map((c) => c.docId))])).map((d) => [
        d.id,
        d,
      ]),
    );
    const support = candidates
      .filter((candidate) => candidate.docId !== article.documentId)
      .map((candidate) => {
        const shared = candidate.terms.filter((t) => terms.includes(t)).length;
        const score = shared / Math.max(terms.length, candidate.terms.length, 1);
        return { candidate, score };
      })
      .filter(({ score }) => score >= SUPPORT_THRESHOLD)
      .sort((a, b) => b.score - a.score)
      .flatMap(({ candidate, score }) => {
        const document = documents.get(candidate.docId);
        if (!document) return [];
        const info: DocumentInfo = {
          id: document.id,
          title: document.title,
          outlet: document.outlet,
          language: document.language,
          file: document.file,
        };
        return [{ document: info, sentence: candidate.text, score }];
      });
    claims.push({
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      verdict: support.length ? 'corroborated' : 'uncorroborated',
      independentOrigins: new Set(support.map((s) => s.document.id)).size,
      support,
      differences: [],
    });
  }
  return {
    article: { title: article.title, language },
    claims,
    skipped: sentences
      .filter((s) => !s.claim)
      .map(({ text, start, end, reason }) => ({ text, start, end, reason: reason ?? '' })),
  };
}
