import {
  MemoryCorpusStore,
  type CorpusStore,
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
import { judgeAgainstCorpus } from './judge-against-corpus';
import { openIndex } from './open-index';
import { readArticle, readText } from './read-input';
import { UsageError } from './usage-error';
import { readAsset } from '../node/read-asset';

/** Where a command says what went wrong along the way (a bad corpus file): one line each. */
export type Log = (line: string) => void;

/** `import PATH… [--db FILE]`: every file under each PATH read and prepared as the corpus page
 *  would, with the outcome of each file; with `db`, added to that SQLite index (created when it
 *  is not there), where a document already stored counts as a duplicate. */
export async function importCommand(paths: string[], json: boolean, db?: string): Promise<string> {
  await loadEngineResources(readAsset);
  const store = db ? openIndex(db, { create: true }) : new MemoryCorpusStore();
  let report: CorpusReport;
  let stored: number;
  try {
    report = await importCorpus(store, paths);
    stored = (await store.stats()).documents;
  } finally {
    if ('close' in store) await store.close();
  }
  if (!db) return json ? JSON.stringify(report) : formatImport(report);
  if (json) return JSON.stringify({ ...report, index: { file: db, documents: stored } });
  const nothingNew =
    report.documents === 0 && report.duplicates > 0
      ? `nothing added: every document read is already in ${db}`
      : null;
  return [
    formatImport(report),
    ...(nothingNew ? [nothingNew] : []),
    `${db}: ${plural(stored, 'document')}`,
  ].join('\n');
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

/** Where `check` and `compare` read the corpus: the files under `--corpus` paths, imported into
 *  memory for this run, or the SQLite index of `--db`. */
export type CorpusSource = { corpus: string[] } | { db: string };

/** The store a command reads, and what could not be imported into it. A corpus file that cannot
 *  be read is named on `log`; with `--db` the import already reported its files. */
async function openCorpus(
  source: CorpusSource,
  log: Log,
): Promise<{
  store: CorpusStore;
  failed: { file: string; reason: string }[];
  close(): Promise<void>;
}> {
  if ('db' in source) {
    const store = openIndex(source.db, { create: false });
    return { store, failed: [], close: () => store.close() };
  }
  const store = new MemoryCorpusStore();
  const failed = failuresOf(await importCorpus(store, source.corpus));
  for (const { file, reason } of failed) log(`skipped corpus file ${file}: ${reason}`);
  return { store, failed, close: async () => undefined };
}

/** `check ARTICLE --corpus PATH… | --db FILE`: the article's claims against the corpus. The
 *  article is never its own evidence, also when the corpus holds it. A corpus file that cannot be
 *  read is named on `log` and in the JSON's `corpus.failed`; the check goes on without it. */
export async function check(
  articlePath: string,
  source: CorpusSource,
  json: boolean,
  log: Log = () => undefined,
): Promise<string> {
  const article = readArticle(articlePath);
  await loadEngineResources(readAsset);
  const { store, failed, close } = await openCorpus(source, log);
  try {
    return await checkWith(article, store, failed, json);
  } finally {
    await close();
  }
}

async function checkWith(
  article: ReturnType<typeof readArticle>,
  store: CorpusStore,
  failed: { file: string; reason: string }[],
  json: boolean,
): Promise<string> {
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

/** `compare --pairs FILE.jsonl [--db FILE]`: one judgment per line of {"a", "b"}, in order. With
 *  `db`, a line may leave out "b": `a` is then judged against the index (judge-against-corpus.ts). */
export async function compare(pairsPath: string, json: boolean, db?: string): Promise<string> {
  await loadEngineResources(readAsset);
  const lines = readText(pairsPath)
    .split('\n')
    .filter((line) => line.trim());
  const store = db ? openIndex(db, { create: false }) : undefined;
  const out: string[] = [];
  try {
    for (const [i, line] of lines.entries()) {
      let pair: unknown;
      try {
        pair = JSON.parse(line);
      } catch {
        throw new UsageError(`${pairsPath}:${i + 1} is not valid JSON`);
      }
      const { a, b } = (pair ?? {}) as { a?: unknown; b?: unknown };
      if (store && typeof a === 'string' && b === undefined) {
        const judgment = await judgeAgainstCorpus(a, store);
        out.push(
          json
            ? JSON.stringify(judgment)
            : `${formatJudgment({ a, b: judgment.sentence ?? '(nothing in the index)' }, judgment)}${judgment.document ? `\n  in: ${judgment.document.title}` : ''}`,
        );
        continue;
      }
      if (typeof a !== 'string' || typeof b !== 'string')
        throw new UsageError(
          `${pairsPath}:${i + 1} needs string fields "a" and "b"${store ? ' (or "a" alone)' : ''}`,
        );
      const judgment = compareSentences(a, b);
      out.push(json ? JSON.stringify(judgment) : formatJudgment({ a, b }, judgment));
    }
  } finally {
    await store?.close();
  }
  return out.join('\n');
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
