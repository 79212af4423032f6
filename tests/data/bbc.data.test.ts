import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemoryCorpusStore, checkArticle, importDocuments } from '../../src/core';
import { corpusFiles } from '../../src/cli/read-input';
import { parseText } from '../../src/importers';
import { articleOf, loadSeeds } from '../core/seed-corpus';
import { sharedPath } from './shared';

// The real BBC collection (2,095 articles, none about the seeds' story).
const files = corpusFiles(sharedPath('corpora/bbc-2095'));
const raws = files.map((file) =>
  parseText(readFileSync(file, 'utf8'), file.split('/').pop() ?? file),
);
const store = new MemoryCorpusStore();
const imported = await importDocuments(store, raws);

describe('the BBC corpus', () => {
  it('imports every article', async () => {
    expect(files.length).toBe(2095);
    expect(imported.added.length + imported.duplicates.length).toBe(2095);
    expect((await store.stats()).sentences).toBeGreaterThan(20_000);
  });

  it('checks BBC articles against the rest without errors, never citing the article itself', async () => {
    for (const raw of raws.filter((_, i) => i % 100 === 0)) {
      const article = articleOf(raw);
      const report = await checkArticle(article, store);
      expect(report.claims.length).toBeGreaterThan(0);
      for (const claim of report.claims)
        for (const s of claim.support) expect(s.document.id).not.toBe(article.documentId);
    }
  });

  it('says the corpus has nothing on the seeds’ story, and the seeds nothing on BBC stories', async () => {
    for (const [key, raw] of loadSeeds()) {
      const report = await checkArticle(articleOf(raw), store);
      expect(report.coverage, `seed ${key}`).toEqual({ documents: 0, origins: 0, about: [] });
      expect(report.ownCopies, `seed ${key}`).toEqual([]);
    }
    const seeds = new MemoryCorpusStore();
    await importDocuments(seeds, [...loadSeeds().values()]);
    for (const raw of raws.filter((_, i) => i % 100 === 0)) {
      const report = await checkArticle(articleOf(raw), seeds);
      expect(report.coverage?.documents, raw.title).toBe(0);
    }
  });

  it('leaves the seed claims (a story the corpus does not cover) mostly uncorroborated', async () => {
    for (const [key, raw] of loadSeeds()) {
      const report = await checkArticle(articleOf(raw), store);
      const found = report.claims.filter((c) => c.verdict !== 'uncorroborated');
      expect(found.length / report.claims.length, `seed ${key}`).toBeLessThanOrEqual(0.1);
    }
  });
});
