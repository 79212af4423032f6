import { describe, expect, test } from 'vitest';
import { baseForms, lemmatise, type Lexicon } from '../../../src/core/meaning/lemma';
import { parseWordNet } from '../../../src/core/meaning/wordnet';
import { readAsset } from '../../../src/node/read-asset';

// A lexicon small enough to read: each lemma with its parts of speech.
const LEMMAS: Record<string, string> = {
  minister: 'n',
  tour: 'nv',
  tours: 'n',
  inspect: 'v',
  stop: 'nv',
  hope: 'nv',
  hop: 'nv',
  city: 'n',
  big: 'a',
  large: 'a',
  new: 'a',
  news: 'n',
  go: 'v',
  child: 'n',
  good: 'a',
  crisis: 'n',
  box: 'nv',
  church: 'n',
  woman: 'n',
  knife: 'n',
  leaf: 'nv',
  leave: 'nv',
  quickly: 'r',
  try: 'v',
  die: 'v',
  dye: 'v',
};
const lexicon: Lexicon = (word, pos) => LEMMAS[word]?.includes(pos) ?? false;

describe('baseForms with a lexicon', () => {
  test.each([
    ['ministers', ['minister']],
    ['Ministers', ['minister']],
    ['toured', ['tour']],
    ['touring', ['tour']],
    ['tours', ['tour', 'tours']],
    ['inspected', ['inspect']],
    ['inspects', ['inspect']],
    ['stopped', ['stop']],
    ['stopping', ['stop']],
    ['hoped', ['hope', 'hop']],
    ['hopped', ['hop']],
    ['cities', ['city']],
    ['bigger', ['big']],
    ['biggest', ['big']],
    ['larger', ['large']],
    ['news', ['news']],
    ['went', ['go']],
    ['children', ['child']],
    ['better', ['good']],
    ['crises', ['crisis']],
    ['boxes', ['box']],
    ['churches', ['church']],
    ['women', ['woman']],
    ['knives', ['knife']],
    ['leaves', ['leaf', 'leave']],
    ['quickly', ['quickly']],
    ['tried', ['try']],
    ['dying', ['die', 'dye']],
    ['minister', ['minister']],
    ['zzyzx', []],
    ['is', []],
  ])('%s -> %j', (word, forms) => {
    expect(baseForms(word, lexicon)).toEqual(forms);
  });
});

describe('lemmatise without a lexicon (a guess)', () => {
  test.each([
    ['ministers', 'minister'],
    ['cities', 'city'],
    ['churches', 'church'],
    ['boxes', 'box'],
    ['stopped', 'stop'],
    ['running', 'run'],
    ['inspected', 'inspect'],
    ['tried', 'try'],
    ['went', 'go'],
    ['children', 'child'],
    ['was', 'be'],
    ['crisis', 'crisis'],
    ['bus', 'bus'],
    ['glass', 'glass'],
    ['famous', 'famous'],
    ['its', 'its'],
    ['sing', 'sing'],
  ])('%s -> %s', (word, lemma) => {
    expect(lemmatise(word)).toBe(lemma);
  });
});

describe('lemmatise against the packaged WordNet', async () => {
  const wordnet = parseWordNet(await readAsset('engine/en-wordnet.txt'));
  test.each([
    ['ministers', 'minister'],
    ['inspected', 'inspect'],
    ['toured', 'tour'],
    ['visiting', 'visit'],
    ['missiles', 'missile'],
    ['said', 'say'],
    ['people', 'person'],
    ['strikes', 'strike'],
    ['stopped', 'stop'],
    ['news', 'news'],
    ['officials', 'official'],
    ['gaddafi', 'gaddafi'],
  ])('%s -> %s', (word, lemma) => {
    expect(lemmatise(word, wordnet.lexicon)).toBe(lemma);
  });
});
