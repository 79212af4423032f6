// The benchmark corpora and article, shared by the Node bench (scripts/bench.ts) and the browser
// bench (scripts/bench-browser-check.ts) so both measure the same check.
import { classifySentences, splitSentences, type RawDocument } from '../src/core';

function random(seed: number): () => number {
  return () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** `count` articles of 8 paragraphs drawn (seeded) from random BBC articles. They reuse the BBC
 *  vocabulary, so postings grow about 5× per term: harder for retrieval than a real corpus. */
export function syntheticArticles(bbc: RawDocument[], count: number): RawDocument[] {
  const next = random(42);
  const pick = () => bbc[Math.floor(next() * bbc.length)] ?? bbc[0];
  return Array.from({ length: count }, (_, i) => {
    const paragraphs = Array.from({ length: 8 }, () => {
      const parts = (pick()?.text ?? '').split(/\n\s*\n/).filter((p) => p.trim());
      return parts[Math.floor(next() * parts.length)] ?? '';
    });
    return { title: `synthetic ${i}`, text: paragraphs.join('\n\n'), file: `synthetic-${i}.txt` };
  });
}

/** 40 claim sentences, from articles outside the 1k slice and inside it: some find support. */
export function benchArticle(bbc: RawDocument[]): string {
  return [...bbc.slice(2000, 2004), ...bbc.slice(10, 14)]
    .flatMap((raw) => classifySentences(splitSentences(raw.text, 'en')).filter((s) => s.claim))
    .map((s) => s.text)
    .filter((_, i) => i % 2 === 0)
    .slice(0, 40)
    .join('\n\n');
}
