import { describe, expect, it } from 'vitest';
import { MemoryCorpusStore, checkArticle, importDocuments, storyCoverage } from '../../src/core';
import { doc, differenceFrom, supportFrom } from './report-fixtures';
import { articleOf, loadSeeds, seedKey, storeWithout } from './seed-corpus';

const seeds = loadSeeds();

const claim = (support: string[], differences: string[] = []) => ({
  support: support.map((id) => supportFrom(id)),
  differences: differences.map(differenceFrom),
});

describe('story coverage', () => {
  it('counts a document about the story when it corroborates or differs on two claims', () => {
    const documents = new Map([
      ['a', { id: 'a', origin: 'g1' }],
      ['b', { id: 'b', origin: 'g1' }],
      ['c', { id: 'c', origin: 'c' }],
      ['d', { id: 'd' }],
    ]);
    const coverage = storyCoverage(
      [claim(['a', 'b', 'c']), claim(['a'], ['b', 'd']), claim([], ['c'])],
      documents,
    );
    // d touches one claim only; a and b are copies of one text (one origin group).
    expect(coverage.about.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(coverage).toMatchObject({ documents: 3, origins: 2 });
  });

  it('needs the one claim of a one-claim article, and leaves the article’s own copies out', () => {
    const documents = new Map([
      ['a', { id: 'a' }],
      ['b', { id: 'b' }],
    ]);
    expect(storyCoverage([claim(['a', 'b'])], documents).documents).toBe(2);
    expect(storyCoverage([claim(['a', 'b'])], documents, [{ id: 'a' }]).about).toEqual([doc('b')]);
    expect(storyCoverage([], documents)).toEqual({ documents: 0, origins: 0, about: [] });
  });

  it.each([...seeds.keys()])('covers seed %s’s story with the other seeds', async (key) => {
    const raw = seeds.get(key);
    if (!raw) throw new Error(key);
    const report = await checkArticle(articleOf(raw), await storeWithout(seeds, key));
    expect(report.coverage?.documents).toBeGreaterThanOrEqual(2);
    expect(report.coverage?.origins).toBeGreaterThanOrEqual(2);
    const about = report.coverage?.about.map(seedKey) ?? [];
    expect(about).not.toContain(key);
    expect(about.every((k) => k !== undefined)).toBe(true);
  });

  it('finds nothing about an unrelated BBC-style business story', async () => {
    const store = new MemoryCorpusStore();
    await importDocuments(store, [...seeds.values()]);
    const report = await checkArticle(
      {
        title: 'Retail sales slump as shoppers cut back',
        text: [
          'UK retail sales fell by 1.2% in November, the Office for National Statistics said on Friday.',
          'Clothing stores were hit hardest as shoppers held back ahead of the Christmas discounts.',
          'The British Retail Consortium said high energy bills had squeezed household budgets.',
          'Economists had expected a small rise in sales after a weak October.',
          'Online spending rose slightly, helped by early Black Friday promotions.',
          'The Bank of England will announce its next interest rate decision on Thursday.',
        ].join(' '),
      },
      store,
    );
    expect(report.claims.length).toBeGreaterThan(3);
    expect(report.coverage).toEqual({ documents: 0, origins: 0, about: [] });
    expect(report.ownCopies).toEqual([]);
  });
});
