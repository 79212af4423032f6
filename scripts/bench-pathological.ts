// Growth of the work on hostile text: each text of tests/support/pathological-inputs.ts checked
// (checkArticle, the text as the article and in the corpus) and imported (.txt, .jsonl) at n and
// at 4n characters. Prints both times and their ratio: about 4 is linear, 16 quadratic.
//   npm run bench:pathological [-- --n 20000]
import { loadEngineResources } from '../src/core/resources';
import { readFile } from '../src/importers/registry';
import { readAsset } from '../src/node/read-asset';
import { HOSTILE_TEXTS, checkHostile, growth } from '../tests/support/pathological-inputs';

const nArgument = process.argv.indexOf('--n');
const N = nArgument > 0 ? Number(process.argv[nArgument + 1]) : 20_000;
const bytes = (text: string) => new TextEncoder().encode(text);

await loadEngineResources(readAsset);
const rows: string[][] = [['text', 'stage', `n=${N} ms`, `4n ms`, 'ratio']];
for (const text of HOSTILE_TEXTS) {
  const check = await growth((n) => checkHostile(text.make(n)), N);
  const imported = await growth((n) => {
    readFile('a.txt', bytes(`Title\n\n${text.make(n)}`));
    readFile('a.jsonl', bytes(JSON.stringify({ title: 'T', text: text.make(n) })));
  }, N);
  for (const [stage, figures] of [
    ['check', check],
    ['import', imported],
  ] as const) {
    rows.push([
      text.name,
      stage,
      figures.small.toFixed(1),
      figures.large.toFixed(1),
      figures.ratio.toFixed(1),
    ]);
  }
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
for (const row of rows)
  console.log(
    row
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  '),
  );
