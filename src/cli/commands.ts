import {
  MemoryCorpusStore,
  checkArticle,
  classifySentences,
  compareSentences,
  loadEngineResources,
  prepareDocument,
  splitSentences,
} from '../core';
import { resolveLanguage } from '../core/corpus/prepare';
import { formatJudgment, formatReport, plural } from './format-report';
import { failuresOf, importCorpus, type CorpusReport } from './import-corpus';
import { readArticle, readText } from './read-input';
import { UsageError } from './usage-error';
import { readAsset } from '../node/read-asset';

/** Where a command says what went wrong along the way (a bad corpus file): one line each. */
export type Log = (line: string) => void;

/** `import PATH…`: every file under each PATH read and prepared as the corpus page would, with
 *  the outcome of each file. */
export async function importCommand(paths: string[], json: boolean): Promise<string> {
  await loadEngineResources(readAsset);
  const report = await importCorpus(new MemoryCorpusStore(), paths);
  return json ? JSON.stringify(report) : formatImport(report);
}

function formatImport(report: CorpusReport): string {
  const lines = report.files.map((file) => {
    const head = file.error
      ? `✘ ${file.file}: ${file.error}`
      : `✔ ${file.file}: ${plural(file.documents, 'document')}${file.duplicates ? `, ${plural(file.duplicates, 'duplicate')}` : ''}`;
    return [head, ...file.warnings.map((warning) => `    ${warning}`)].join('\n');
  });
  const failed = report.files.filter((file) => file.error).length;
  lines.push(
    '',
    `${plural(report.documents, 'document')} imported, ${plural(report.duplicates, 'duplicate')}, from ${plural(report.files.length, 'file')} (${failed} not read)`,
  );
  return lines.join('\n');
}

/** `check ARTICLE --corpus PATH…`: the article's claims against the corpus. The article is never
 *  its own evidence, also when the corpus folder contains it. A corpus file that cannot be read
 *  is named on `log` and in the JSON's `corpus.failed`; the check goes on without it. */
export async function check(
  articlePath: string,
  corpora: string[],
  json: boolean,
  log: Log = () => undefined,
): Promise<string> {
  const article = readArticle(articlePath);
  await loadEngineResources(readAsset);
  const store = new MemoryCorpusStore();
  const imported = await importCorpus(store, corpora);
  const failed = failuresOf(imported);
  for (const { file, reason } of failed) log(`skipped corpus file ${file}: ${reason}`);
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
    corpus: { documents: (await store.stats()).documents, failed },
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
