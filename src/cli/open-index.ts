import { existsSync } from 'node:fs';
import { SqliteCorpusStore } from '../node/sqlite-store';
import { UsageError } from './usage-error';

/** The SQLite index of `--db FILE`. `import` creates it; the reading commands refuse a file that is
 *  not there (a mistyped path is not an empty corpus). Any failure to open it (not a Crosscheck
 *  index, a newer schema, better-sqlite3 not installed) is bad input: a UsageError naming the file. */
export function openIndex(path: string, { create }: { create: boolean }): SqliteCorpusStore {
  if (!create && !existsSync(path))
    throw new UsageError(
      `cannot read index ${path}: no such file (crosscheck import PATH --db ${path} makes one)`,
    );
  try {
    return SqliteCorpusStore.open(path, { mustExist: !create });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^SqliteCorpusStore: /, ''));
  }
}
