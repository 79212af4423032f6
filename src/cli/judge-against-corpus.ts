import { checkArticle, type CorpusStore, type DocumentInfo, type PairJudgment } from '../core';

/** A `compare --db` line without "b": the engine's judgment of `a` against the sentence of the
 *  corpus that best corroborates it (or, when none does, that best differs from it), with that
 *  sentence and its document; `unrelated` with `document: null` when nothing in the corpus speaks
 *  to it, and `skipped` with the reason when `a` is not a claim the engine checks. */
export interface CorpusJudgment extends Omit<PairJudgment, 'alignment' | 'gloss'> {
  document: DocumentInfo | null;
  sentence: string | null;
  skipped?: string;
}

/** Judges one sentence against the corpus in the store: a check of a one-sentence article (so a
 *  sentence coordinating several claims is judged on its best-supported clause). */
export async function judgeAgainstCorpus(a: string, store: CorpusStore): Promise<CorpusJudgment> {
  const report = await checkArticle({ title: '', text: a, language: null }, store);
  const best = <T extends { strength: number }>(lists: T[][]) =>
    lists
      .flat()
      .reduce<T | undefined>((top, e) => (!top || e.strength > top.strength ? e : top), undefined);
  const evidence = (
    relation: 'corroborates' | 'differs',
    found: { score: number; strength: number; document: DocumentInfo; sentence: string },
    details: CorpusJudgment['details'],
  ): CorpusJudgment => ({
    relation,
    score: found.score,
    strength: found.strength,
    details,
    document: found.document,
    sentence: found.sentence,
  });
  const support = best(report.claims.map((claim) => claim.support));
  if (support) return evidence('corroborates', support, []);
  const difference = best(report.claims.map((claim) => claim.differences));
  if (difference) return evidence('differs', difference, difference.details);
  const skipped = report.claims.length ? undefined : report.skipped[0]?.reason;
  return {
    relation: 'unrelated',
    score: 0,
    strength: 0,
    details: [],
    document: null,
    sentence: null,
    ...(skipped ? { skipped } : {}),
  };
}
