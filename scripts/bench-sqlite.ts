// The SQLite index of the CLI (issue 14) on the BBC collection (../shared/corpora/bbc-2095):
// `crosscheck import --db` of the whole collection and a re-import that adds nothing (wall time of
// the command), a repeated `check --db` of one BBC article against it (wall time of the command,
// then where that time goes), the file's size per article against the articles' text, and the
// postings layout: raw Uint32 blobs per term (what the store keeps) against a (term, sentence)
// table, read for the index terms of that article.
//   npm run bench:sqlite            (npx tsx scripts/bench-sqlite.ts [--runs N])
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { loadEngineResources, prepareDocument } from '../src/core';
import { run } from '../src/cli/main';
import { readAsset } from '../src/node/read-asset';
import { SqliteCorpusStore } from '../src/node/sqlite-store';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(root, 'bin', 'crosscheck.mjs');
const BBC = resolve(root, '..', 'shared', 'corpora', 'bbc-2095', 'news');
const ARTICLE = join(BBC, 'business', 'absa-and-barclays-talks-continue.txt');
const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 5;

const work = mkdtempSync(join(tmpdir(), 'crosscheck-bench-sqlite-'));
const DB = join(work, 'bbc.db');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Runs the CLI as a user does (a new Node process through bin/crosscheck.mjs). */
function cli(args: string[]): { ms: number; out: string } {
  const start = performance.now();
  const out = execFileSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return { ms: performance.now() - start, out };
}

function timesOf(count: number, work: () => number): number[] {
  return Array.from({ length: count }, work);
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

try {
  console.log(`BBC collection: ${BBC.replace(resolve(root, '..'), '..')}\n`);

  const imported = cli(['import', BBC, '--db', DB, '--json']);
  const first = JSON.parse(imported.out) as { documents: number; duplicates: number };
  console.log(
    `import --db          ${ms(imported.ms)}  (${first.documents} documents, ${first.duplicates} duplicates)`,
  );
  const again = cli(['import', BBC, '--db', DB, '--json']);
  const second = JSON.parse(again.out) as { documents: number; duplicates: number };
  console.log(
    `re-import --db       ${ms(again.ms)}  (${second.documents} documents added, ${second.duplicates} duplicates)`,
  );

  const checkArgs = ['check', ARTICLE, '--db', DB, '--json'];
  const checks = timesOf(RUNS, () => cli(checkArgs).ms);
  console.log(
    `check --db           median ${ms(median(checks))}, min ${ms(Math.min(...checks))} of ${RUNS}`,
  );
  const versions = timesOf(RUNS, () => cli(['--version']).ms);
  console.log(`  of which: start    median ${ms(median(versions))} (crosscheck --version: Node,`);
  console.log('                     tsx and the CLI module graph)');

  // The rest in this process: the engine's resources once, then the command itself.
  let start = performance.now();
  await loadEngineResources(readAsset);
  console.log(
    `  engine resources   ${ms(performance.now() - start)} (vectors, WordNet, lexicon pack)`,
  );
  start = performance.now();
  const store = SqliteCorpusStore.open(DB, { mustExist: true });
  const opened = performance.now() - start;
  await store.close();
  console.log(`  open the index     ${ms(opened)}`);
  const inProcess = timesOf(RUNS, () => 0);
  for (let i = 0; i < RUNS; i++) {
    start = performance.now();
    await run(checkArgs);
    inProcess[i] = performance.now() - start;
  }
  console.log(
    `  the check          median ${ms(median(inProcess))} (read the article, open, check, JSON)`,
  );
  const memoryCheck = cli(['check', ARTICLE, '--corpus', BBC, '--json']);
  console.log(`check --corpus       ${ms(memoryCheck.ms)} (the in-memory path, for comparison)\n`);

  const files = filesUnder(BBC);
  const textBytes = files.reduce((sum, path) => sum + statSync(path).size, 0);
  const dbBytes = filesUnder(work)
    .filter((path) => path.startsWith(DB))
    .reduce((sum, path) => sum + statSync(path).size, 0);
  const documents = first.documents;
  console.log(
    `index file           ${(dbBytes / 2 ** 20).toFixed(1)} MB: ${(dbBytes / documents / 1024).toFixed(1)} KB per document, ${(dbBytes / textBytes).toFixed(1)}× the text`,
  );
  console.log(
    `  text               ${(textBytes / 2 ** 20).toFixed(1)} MB in ${files.length} files, ${(textBytes / files.length / 1024).toFixed(1)} KB per file`,
  );
  const db = new BetterSqlite3(DB, { readonly: true });
  const parts = db
    .prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC')
    .all() as { name: string; bytes: number }[];
  for (const { name, bytes } of parts.slice(0, 6))
    console.log(`  ${name.padEnd(20)} ${(bytes / 2 ** 20).toFixed(1)} MB`);

  // Postings layout: the article's index terms read from the blobs, and from a table built from
  // them (term id, sentence id), WITHOUT ROWID so the ids of a term are one range of the key.
  const [title = '', ...body] = readFileSync(ARTICLE, 'utf8').split('\n');
  const terms = [
    ...new Set(prepareDocument({ title, text: body.join('\n') }).sentences.flatMap((s) => s.terms)),
  ];
  const tablePath = join(work, 'table.db');
  const table = new BetterSqlite3(tablePath);
  table.exec(`CREATE TABLE terms (term TEXT PRIMARY KEY, id INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE term_sentences (term INTEGER, sentence INTEGER, PRIMARY KEY (term, sentence)) WITHOUT ROWID;`);
  const rows = db.prepare('SELECT term, ids FROM postings').all() as {
    term: string;
    ids: Buffer;
  }[];
  const addTerm = table.prepare('INSERT INTO terms VALUES (?, ?)');
  const addPosting = table.prepare('INSERT INTO term_sentences VALUES (?, ?)');
  table.transaction(() =>
    rows.forEach(({ term, ids }, i) => {
      addTerm.run(term, i + 1);
      for (const id of new Uint32Array(new Uint8Array(ids).buffer)) addPosting.run(i + 1, id);
    }),
  )();
  table.exec('VACUUM');
  const blobs = SqliteCorpusStore.open(DB, { mustExist: true });
  const termId = table.prepare('SELECT id FROM terms WHERE term = ?').pluck();
  const sentencesOf = table.prepare('SELECT sentence FROM term_sentences WHERE term = ?').pluck();
  const viaTable = () => {
    let count = 0;
    for (const term of terms) {
      const id = termId.get(term);
      if (id !== undefined) count += new Uint32Array(sentencesOf.all(id) as number[]).length;
    }
    return count;
  };
  const viaBlobs = async () => {
    let count = 0;
    for (const ids of (await blobs.getPostings(terms)).values()) count += ids.length;
    return count;
  };
  const ids = viaTable();
  if (ids !== (await viaBlobs())) throw new Error('bench-sqlite: the two layouts disagree');
  const tableTimes = timesOf(RUNS, () => {
    const t = performance.now();
    viaTable();
    return performance.now() - t;
  });
  const blobTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await viaBlobs();
    blobTimes.push(performance.now() - t);
  }
  console.log(
    `\npostings of the article's ${terms.length} index terms (${ids} ids), median of ${RUNS}:`,
  );
  const blobBytes = parts.find((part) => part.name === 'postings')?.bytes ?? 0;
  console.log(
    `  Uint32 blob per term      ${median(blobTimes).toFixed(2)} ms   ${(blobBytes / 2 ** 20).toFixed(1)} MB`,
  );
  console.log(
    `  (term, sentence) table    ${median(tableTimes).toFixed(2)} ms   ${(statSync(tablePath).size / 2 ** 20).toFixed(1)} MB`,
  );
  await blobs.close();
  table.close();
  db.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
