import {
  MemoryCorpusStore,
  checkArticle,
  classifySentences,
  compareSentences,
  importDocuments,
  loadEngineResources,
  prepareDocument,
  splitSentences,
  type RawDocument,
} from '../core';
import { resolveLanguage } from '../core/corpus/prepare';
import { formatJudgment, formatReport } from './format-report';
import { corpusFiles, readDocuments, readText } from './read-input';
import { UsageError } from './usage-error';
import { readAsset } from '../node/read-asset';

function readArticle(path: string): RawDocument {
  const [article] = readDocuments(path);
  if (!article) throw new UsageError(`no article found in ${path}`);
  return article;
}

/** `check ARTICLE --corpus PATH…`: the article's claims against the corpus. The article is never
 *  its own evidence, also when the corpus folder contains it. */
export async function check(
  articlePath: string,
  corpora: string[],
  json: boolean,
): Promise<string> {
  const article = readArticle(articlePath);
  await loadEngineResources(readAsset);
  const store = new MemoryCorpusStore();
  for (const corpus of corpora)
    await importDocuments(store, corpusFiles(corpus).flatMap(readDocuments));
  const report = await checkArticle(
    {
      title: article.title,
      text: article.text,
      language: article.language ?? null,
      documentId: prepareDocument(article).document.id,
    },
    store,
  );
  if (!json) return formatReport(report);
  return JSON.stringify({
    article: report.article,
    claims: report.claims.map(
      ({ text, verdict, independentOrigins, support, differences, start, end }) => ({
        text,
        verdict,
        independentOrigins,
        support,
        differences: differences.map(({ document, sentence, details, strength }) => ({
          document,
          sentence,
          details,
          strength,
        })),
        start,
        end,
      }),
    ),
    skipped: report.skipped.map(({ text, reason }) => ({ text, reason })),
    ownCopies: report.ownCopies ?? [],
    coverage: report.coverage ?? { documents: 0, origins: 0, about: [] },
  });
}

/** `compare --pairs FILE.jsonl`: one judgment per line of {"a", "b"}, in order. */
export async function compare(pairsPath: string, json: boolean): Promise<string> {
  await loadEngineResources(readAsset);
  const lines = readText(pairsPath)
    .split('\n')
    .filter((line) => line.trim());
  return lines
    .map((line, i) => {
      let pair: unknown;
      try {
        pair = JSON.parse(line);
      } catch {
        throw new UsageError(`${pairsPath}:${i + 1} is not valid JSON`);
      }
      const { a, b } = (pair ?? {}) as { a?: unknown; b?: unknown };
      if (typeof a !== 'string' || typeof b !== 'string')
        throw new UsageError(`${pairsPath}:${i + 1} needs string fields "a" and "b"`);
      const judgment = compareSentences(a, b);
      return json ? JSON.stringify(judgment) : formatJudgment({ a, b }, judgment);
    })
    .join('\n');
}

/** `extract FILE`: the sentences the engine sees in a page or text file, claims marked. */
export function extract(path: string, json: boolean): string {
  const article = readArticle(path);
  const language = resolveLanguage(article.language, article.text);
  const sentences = classifySentences(splitSentences(article.text, language), article.text).map(
    ({ text, start, end, claim, reason }) => ({ text, start, end, claim, reason }),
  );
  if (json) return JSON.stringify({ title: article.title, language, sentences });
  return [
    `${article.title} [${language}]`,
    ...sentences.map((s) =>
      s.claim ? `  claim  ${s.text}` : `  skip   ${s.text}   (${s.reason})`,
    ),
  ].join('\n');
}
