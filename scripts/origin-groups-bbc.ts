// The origin groups the detector forms over the BBC collection (../shared/corpora/bbc-2095), for
// reading by eye: every group of two or more documents with its titles, and for a sample of pairs
// the first sentence each side has that the other lacks, so a reader can tell a copy (same story,
// new headline or an update) from another story on the same event.
// Run: npx tsx scripts/origin-groups-bbc.ts [--sample N]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  MemoryCorpusStore,
  estimatedJaccard,
  importDocuments,
  prepareDocument,
  type DocumentRecord,
  type RawDocument,
} from '../src/core';
import { corpusFiles } from '../src/cli/read-input';
import { parseText } from '../src/importers';

const BBC = fileURLToPath(new URL('../../shared/corpora/bbc-2095', import.meta.url));
const sampleArg = process.argv.indexOf('--sample');
const SAMPLE = sampleArg > 0 ? Number(process.argv[sampleArg + 1]) : 12;

const raws = corpusFiles(BBC).map((file) =>
  parseText(readFileSync(file, 'utf8'), file.split('/').slice(-2).join('/')),
);
const store = new MemoryCorpusStore();
await importDocuments(store, raws);
const documents = await store.listDocuments();
const rawById = new Map(raws.map((raw) => [prepareDocument(raw).document.id, raw]));

const groups = new Map<string, DocumentRecord[]>();
for (const d of documents)
  groups.set(d.origin ?? d.id, [...(groups.get(d.origin ?? d.id) ?? []), d]);
const copies = [...groups.values()].filter((g) => g.length > 1);
console.log(
  `${raws.length} files, ${documents.length} distinct texts, ${groups.size} origin groups, ` +
    `${copies.length} with more than one document (${copies.flat().length} documents)`,
);

const sentences = (raw: RawDocument | undefined) =>
  (raw?.text ?? '').split(/(?<=[.!?])\s+/).map((s) => s.trim());
/** The first sentence of `a` that `b` does not contain: what one side adds. */
const firstOwn = (a: RawDocument | undefined, b: RawDocument | undefined) => {
  const other = new Set(sentences(b));
  return sentences(a).find((s) => s.length > 30 && !other.has(s)) ?? '(none: same sentences)';
};

copies.forEach((group, i) => {
  console.log(`\n#${i + 1} ${group.map((d) => d.file).join('  |  ')}`);
  if (i >= SAMPLE) return;
  const [a, b] = group;
  if (!a || !b) return;
  console.log(`   Jaccard ${estimatedJaccard(a.signature, b.signature).toFixed(2)}`);
  console.log(`   ${a.file} adds: ${firstOwn(rawById.get(a.id), rawById.get(b.id)).slice(0, 160)}`);
  console.log(`   ${b.file} adds: ${firstOwn(rawById.get(b.id), rawById.get(a.id)).slice(0, 160)}`);
});
