import { describe, expect, it } from 'vitest';
import { MemoryCorpusStore, checkArticle, importDocuments } from '../../src/core';
import { articleOf, loadSeeds, seedKey, storeWithout } from './seed-corpus';

const seeds = loadSeeds();
const reuters = seeds.get('001');
if (!reuters) throw new Error('seed 001 missing');

describe('the article’s own copies', () => {
  it('names the article itself and its reprint when both are in the corpus, and cites neither as independent', async () => {
    const store = new MemoryCorpusStore();
    await importDocuments(store, [...seeds.values()]);
    const report = await checkArticle(articleOf(reuters), store);
    expect(report.ownCopies?.map((c) => [seedKey(c), c.match])).toEqual([
      ['001', 'exact'],
      ['003', 'copy'],
    ]);
    const [exact] = report.ownCopies ?? [];
    expect(exact).toMatchObject({ title: reuters.title, url: reuters.url ?? null });
    expect(exact?.importedAt).toBeGreaterThan(0);
    for (const claim of report.claims) {
      expect(claim.support.map((s) => seedKey(s.document))).not.toContain('001');
      // The reprint may be listed as support, but it never counts as an origin.
      for (const s of claim.support) if (seedKey(s.document) === '003') expect(s.origin).toBeNull();
    }
    // What the rest of the corpus says is still there.
    expect(report.coverage?.about.map(seedKey)).toEqual(expect.arrayContaining(['002', '004']));
    expect(report.coverage?.about.map(seedKey)).not.toContain('003');
  });

  it('is empty when neither the article nor a copy is in the corpus', async () => {
    const report = await checkArticle(
      articleOf(seeds.get('000') ?? reuters),
      await storeWithout(seeds, '000'),
    );
    expect(report.ownCopies).toEqual([]);
  });
});
