// The judge measured the way a reader meets it: whole checks (retrieval, judge, report), each
// claim judged by the fold model that never saw its document.
//  - WMT top support: a Ukrainian or Russian news segment checked against every English segment
//    of its file (and an English one against every Ukrainian or Russian segment): is the claim's
//    top support its own translation?
//  - False corroboration: claims of articles whose story the corpus does not hold (WMT news of
//    2021–22 and the 2023 seeds against the BBC collection of 2004–05): any support is false.
import { checkArticle, type CorpusStore, type Language } from '../../src/core';
import type { PairModel } from '../../src/core/judge/model';
import { wmtSegments } from './devdata';
import { sentenceStore } from './sentence-store';

export type ModelFor = (group: string) => PairModel;

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export async function wmtTopSupport(
  language: 'uk' | 'ru',
  modelFor: ModelFor,
): Promise<Record<string, number>> {
  const segments = wmtSegments(language);
  const figures: Record<string, number> = {};
  const directions = [
    {
      from: language,
      to: 'en',
      claimOf: (i: number) => segments[i]?.cyrillic,
      evidenceOf: (i: number) => segments[i]?.english,
    },
    {
      from: 'en',
      to: language,
      claimOf: (i: number) => segments[i]?.english,
      evidenceOf: (i: number) => segments[i]?.cyrillic,
    },
  ] as const;
  for (const { from, to, claimOf, evidenceOf } of directions) {
    const store = await sentenceStore(
      segments.map((_, i) => ({
        id: `s${i}`,
        text: evidenceOf(i) ?? '',
        language: to as Language,
      })),
    );
    let asked = 0;
    let top = 0;
    let supported = 0;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      if (segment?.domain !== 'news') continue;
      const report = await checkArticle(
        { title: '', text: claimOf(i) ?? '', language: from },
        store,
        {
          model: modelFor(segment.doc),
        },
      );
      const support = report.claims.flatMap((c) => c.support).sort((x, y) => y.score - x.score);
      if (!report.claims.length) continue;
      asked++;
      if (support.length) supported++;
      if (support[0]?.document.id === `s${i}`) top++;
    }
    figures[`${from}→${to}`] = top / asked;
    console.log(
      `  WMT ${from}→${to}: ${asked} news segments against all ${segments.length} ${to} segments of the file — ` +
        `top support is the own translation ${pct(top / asked)}, any support ${pct(supported / asked)}`,
    );
  }
  return figures;
}

/** Share of claims with any support, of articles the corpus does not cover. */
export async function falseCorroboration(
  label: string,
  articles: { title: string; text: string; language: Language; group: string }[],
  corpus: CorpusStore,
  modelFor: ModelFor,
): Promise<number> {
  let claims = 0;
  let corroborated = 0;
  const examples: string[] = [];
  for (const article of articles) {
    const report = await checkArticle(article, corpus, { model: modelFor(article.group) });
    claims += report.claims.length;
    for (const claim of report.claims) {
      if (!claim.support.length) continue;
      corroborated++;
      if (examples.length < 4)
        examples.push(
          `"${claim.text}" ← "${claim.support[0]?.sentence}" (${claim.support[0]?.score})`,
        );
    }
  }
  console.log(
    `  ${label}: ${articles.length} articles, ${claims} claims — corroborated ${corroborated} (${pct(corroborated / claims)})`,
  );
  for (const example of examples) console.log(`    e.g. ${example.slice(0, 300)}`);
  return corroborated / claims;
}

/** WMT news documents as articles, one side of the file. */
export function wmtNewsArticles(
  language: 'uk' | 'ru',
  side: 'cyrillic' | 'english',
): { title: string; text: string; language: Language; group: string }[] {
  const byDoc = new Map<string, string[]>();
  for (const segment of wmtSegments(language)) {
    if (segment.domain !== 'news') continue;
    const list = byDoc.get(segment.doc) ?? [];
    list.push(side === 'cyrillic' ? segment.cyrillic : segment.english);
    byDoc.set(segment.doc, list);
  }
  return [...byDoc].map(([doc, sentences]) => ({
    title: doc,
    text: sentences.join('\n\n'),
    language: side === 'cyrillic' ? language : 'en',
    group: doc,
  }));
}
