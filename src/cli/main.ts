import { errorMessage } from '../core';
import { parseArgs } from 'node:util';
import { check, compare, extract } from './commands';
import { UsageError } from './usage-error';

const USAGE = `usage: crosscheck check ARTICLE --corpus PATH [--corpus PATH ...] [--json]
       crosscheck compare --pairs FILE.jsonl [--json]
       crosscheck extract FILE [--json]`;

/** Runs one command; resolves with the text for stdout. Rejects with UsageError on bad input. */
export async function run(argv: string[]): Promise<string> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        corpus: { type: 'string', multiple: true },
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
      if (!values.corpus?.length) throw new UsageError('check needs at least one --corpus PATH');
      return check(article, values.corpus, json);
    }
    case 'compare':
      if (!values.pairs || positionals.length)
        throw new UsageError('compare needs --pairs FILE.jsonl');
      return compare(values.pairs, json);
    case 'extract': {
      const [file, extra] = positionals;
      if (!file || extra) throw new UsageError('extract needs exactly one FILE');
      return extract(file, json);
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : `no command given. ${USAGE}`);
  }
}

/** Entry point for bin/crosscheck.mjs: prints the result, or one error line and exit status 2. */
export async function main(argv: string[]): Promise<void> {
  try {
    process.stdout.write(`${await run(argv)}\n`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`crosscheck: ${error.message} (run without arguments for usage)\n`);
    process.exitCode = 2;
  }
}
