// Hostile texts of a given size, for the pathological-input tests (tests/core/pathological.test.ts)
// and `npm run bench:pathological`: each grows with `n` (characters, or lines / levels where
// that is the unit), so the cost of n and of 4n tells linear work from quadratic.
import { MemoryCorpusStore, checkArticle, importDocuments, type RawDocument } from '../../src/core';

export interface HostileText {
  name: string;
  /** The text of about n characters (or n lines, n levels). */
  make(n: number): string;
}

const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.ceil(n / unit.length)));

export const HOSTILE_TEXTS: HostileText[] = [
  { name: 'one capitalised token', make: (n) => `The minister said A${'b'.repeat(n)} won.` },
  { name: 'one token in capitals', make: (n) => `The minister said ${'A'.repeat(n)} won.` },
  { name: 'one lower-case token', make: (n) => `The minister said ${'b'.repeat(n)} won.` },
  { name: 'one digit run', make: (n) => `The budget is ${'9'.repeat(n)} dollars.` },
  { name: 'capitalised words, no verb', make: (n) => repeat('Abc ', n) },
  { name: 'capitalised words, then said', make: (n) => `${repeat('Abc ', n)}said on Monday.` },
  { name: 'a paragraph without punctuation', make: (n) => repeat('the budget rose again ', n) },
  { name: 'numbers and dates', make: (n) => repeat('5 million on 12 May 2023, ', n) },
  { name: 'short lines', make: (n) => repeat('Ab cd\n', n) },
  { name: 'unbalanced quotes', make: (n) => repeat('"“«(‘[', n) },
  { name: 'said, said, said', make: (n) => repeat('KCNA said ', n) },
  { name: 'according to, no end', make: (n) => repeat('according to ', n) },
  { name: 'dots and initials', make: (n) => repeat('A. B. Mr. U.S. ', n) },
];

/** A check of `text` (as the article, and in the corpus beside one ordinary document): the
 *  path a reader's check takes through sentences, claims, features, retrieval and the judge. */
export async function checkHostile(text: string): Promise<void> {
  const store = new MemoryCorpusStore();
  const corpus: RawDocument[] = [
    { title: 'Corpus copy', text, file: 'a.txt' },
    {
      title: 'Budget',
      text: 'The parliament approved a budget of 5 million dollars on Monday, KCNA said.',
      file: 'b.txt',
    },
  ];
  await importDocuments(store, corpus);
  await checkArticle({ title: 'Hostile', text, language: 'en' }, store);
}

/** Best of `runs` wall-clock times of `work` (ms): the least disturbed by other processes. */
export async function bestTime(work: () => unknown, runs = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The cost of `work` at n and at 4n (best of two runs each, ms, each at least `floor`), and
 *  their ratio: about 4 for linear work, 16 for quadratic. */
export async function growth(
  work: (n: number) => unknown,
  n: number,
  floor = 0,
): Promise<{ small: number; large: number; ratio: number }> {
  await work(n); // warm: compiled code, caches
  const small = Math.max(floor, await bestTime(() => work(n), 2));
  const large = Math.max(floor, await bestTime(() => work(4 * n), 2));
  return { small, large, ratio: large / small };
}
