// The data the data suite (`npm run test:data`) reads from ../shared beside the repository: the BBC
// collection and development data, which the repository does not ship. A missing folder is an
// error, never a skip: scripts/require-shared.mjs says so before the suite starts, and this says it
// again for a data test run on its own.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** The absolute path of `relative` under ../shared; throws one clear line when it is not there. */
export function sharedPath(relative: string): string {
  const path = SHARED + relative;
  if (!existsSync(path))
    throw new Error(`data test: ../shared/${relative} is missing beside the repository`);
  return path;
}
