// First step of `npm run test:data`: the data suite reads ../shared beside the repository (the BBC
// collection and development data, which the repository does not ship). When any of it is missing
// it fails here, with one line, instead of skipping tests. `npm test` never needs it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const shared = resolve(fileURLToPath(new URL('../..', import.meta.url)), 'shared');
// The command it guards names itself (`node scripts/require-shared.mjs train`).
const command = process.argv[2] ?? 'test:data';
const needed = ['corpora/bbc-2095', 'devdata/readability'];
const missing = needed.filter((path) => !existsSync(resolve(shared, path)));
if (missing.length) {
  console.error(
    `${command}: needs ../shared beside the repository; missing ${missing.map((p) => `../shared/${p}`).join(', ')} (npm test runs without it)`,
  );
  process.exit(1);
}
