import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { errorMessage } from '../core';
import { check, compare, extract, importCommand, type Log } from './commands';
import { escapedJson, forTerminal } from './terminal-text';
import { UsageError } from './usage-error';

/** Each command's usage: its synopsis, then what it does and its options. */
const COMMANDS: Record<string, string> = {
  check: `crosscheck check ARTICLE (--corpus PATH [--corpus PATH ...] | --db FILE) [--json]
  Checks the claims of ARTICLE (.txt, .md, .html, .json, .jsonl: its first document; - reads it
  from standard input) against the documents under each corpus PATH (a file or a folder, read
  recursively), or against the index FILE that crosscheck import --db made. The article is never
  its own evidence, also when the corpus holds it.
    --corpus PATH   a corpus file or folder, imported for this run; repeat for more than one
    --db FILE       a persistent index (SQLite), read without importing anything
    --json          the report as JSON (the CLI contract in docs/ARCHITECTURE.md)
  A corpus file that cannot be read is named on stderr (one line each) and the check goes on.`,
  import: `crosscheck import PATH [PATH ...] [--db FILE] [--json]
  Reads every file under each PATH (a file or a folder, read recursively; .zip archives opened)
  as the corpus page imports them, and reports each file: its documents and duplicates, or why
  it was not read, and what was left out or changed (bad lines, rows, items; cut titles).
    --db FILE       adds the documents to this index (SQLite; created when missing), for check
                    and compare --db; a document already in it is a duplicate, not added again
    --json          the report as JSON (the CLI contract in docs/ARCHITECTURE.md)`,
  compare: `crosscheck compare --pairs FILE.jsonl [--db FILE] [--json]
  Judges each pair of sentences, one JSON object {"a": "...", "b": "..."} a line, in order.
    --pairs FILE    the pairs
    --db FILE       an index made by crosscheck import --db: a line {"a": "..."} without "b" is
                    judged against the index's sentence that best corroborates (else differs
                    from) it, named with its document
    --json          one judgment a line as JSON`,
  extract: `crosscheck extract FILE [--json]
  Lists the sentences the engine reads in FILE, each marked as a claim or skipped with a reason.
    --json          the sentences with their offsets as JSON`,
  help: `crosscheck help [COMMAND]
  Prints the usage of every command, or of COMMAND.`,
};

const USAGE = `usage: crosscheck COMMAND [OPTIONS]

${Object.values(COMMANDS).join('\n\n')}

crosscheck --help, -h     this text (crosscheck COMMAND --help: one command's)
crosscheck --version      the version

Exit status: 0 on success; 2 on bad arguments or unreadable input, with one line on stderr. A
bad file inside a corpus is not bad input: it is reported and the run goes on.
Output has no colour and no control characters from the files read.`;

const usageOf = (command: string) => `usage: ${COMMANDS[command]}`;

function version(): string {
  const manifest = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return `crosscheck ${(JSON.parse(manifest) as { version: string }).version}`;
}

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

/** Runs one command; resolves with the text for stdout (JSON with control characters escaped,
 *  readable text without them). Lines about input it passed over go to `log`. Rejects with
 *  UsageError on bad input. */
export async function run(argv: string[], log: Log = () => undefined): Promise<string> {
  const json = argv.includes('--json');
  const out = await runCommand(argv, (line) => log(forTerminal(line)));
  return json ? escapedJson(out) : forTerminal(out);
}

async function runCommand(argv: string[], log: Log): Promise<string> {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given', USAGE);
  if (isHelp(command)) return USAGE;
  if (command === '--version') return version();
  if (command === 'help') {
    const [topic, extra] = rest;
    if (extra !== undefined) throw new UsageError('help takes at most one COMMAND');
    if (topic === undefined) return USAGE;
    if (!Object.hasOwn(COMMANDS, topic)) throw new UsageError(`unknown command "${topic}"`);
    return usageOf(topic);
  }
  if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`unknown command "${command}"`);
  if (rest.some(isHelp)) return usageOf(command);

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        corpus: { type: 'string', multiple: true },
        db: { type: 'string' },
        pairs: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
  const { values, positionals } = parsed;
  const json = values.json ?? false;
  switch (command) {
    case 'check': {
      const [article, extra] = positionals;
      if (!article || extra) throw new UsageError('check needs exactly one ARTICLE');
      if (values.corpus?.length && values.db)
        throw new UsageError('check takes --corpus PATH or --db FILE, not both');
      if (values.db) return check(article, { db: values.db }, json, log);
      if (!values.corpus?.length)
        throw new UsageError('check needs at least one --corpus PATH, or --db FILE');
      return check(article, { corpus: values.corpus }, json, log);
    }
    case 'import':
      if (!positionals.length) throw new UsageError('import needs at least one PATH');
      return importCommand(positionals, json, values.db);
    case 'compare':
      if (!values.pairs || positionals.length)
        throw new UsageError('compare needs --pairs FILE.jsonl');
      return compare(values.pairs, json, values.db);
    case 'extract': {
      const [file, extra] = positionals;
      if (!file || extra) throw new UsageError('extract needs exactly one FILE');
      return extract(file, json);
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** Entry point for bin/crosscheck.mjs: prints the result, or the error (one line, unless it comes
 *  with the usage) and exit status 2. */
export async function main(argv: string[]): Promise<void> {
  try {
    const out = await run(argv, (line) => process.stderr.write(`crosscheck: ${line}\n`));
    process.stdout.write(`${out}\n`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const message = forTerminal(error.message);
    process.stderr.write(
      error.usage
        ? `crosscheck: ${message}\n${error.usage}\n`
        : `crosscheck: ${message} (crosscheck --help for usage)\n`,
    );
    process.exitCode = 2;
  }
}
