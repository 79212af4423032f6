import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lexicon } from '../../../src/core/crosslang/lexicon';
import {
  LEXICON_PACK_PATH,
  lexiconPackEntries,
  loadLexiconPack,
  parseLexiconPack,
  unloadLexiconPack,
} from '../../../src/core/crosslang/lexicon-pack';
import { englishGloss } from '../../../src/core/crosslang/gloss';
import { stem, tokenize } from '../../../src/core/text/terms';
import { readAsset } from '../../../src/node/read-asset';

const english = (word: string, language: 'uk' | 'ru') =>
  lexicon().toEnglish.get(stem(word, language)) ?? [];

describe('parseLexiconPack', () => {
  it('reads language, word, stem and English words, skipping comments and blank lines', () => {
    const text =
      '# a comment\n\nuk\tпшениця\tпшениц\twheat\twheat\r\nru\tзасуха\tзасух\tdrought,dry\tdrought,dry\n';
    expect(parseLexiconPack(text)).toEqual([
      {
        language: 'uk',
        word: 'пшениця',
        stem: 'пшениц',
        english: ['wheat'],
        englishStems: ['wheat'],
      },
      {
        language: 'ru',
        word: 'засуха',
        stem: 'засух',
        english: ['drought', 'dry'],
        englishStems: ['drought', 'dry'],
      },
    ]);
  });

  it.each([
    ['an unknown language', 'be\tзасуха\tзасух\tdrought\tdrought'],
    ['a missing stem column', 'ru\tзасуха\tdrought\tdrought'],
    ['spaces for tabs', 'ru засуха засух drought drought'],
    ['an empty English list', 'ru\tзасуха\tзасух\t\t'],
    ['a Latin source word', 'ru\tzasukha\tzasukh\tdrought\tdrought'],
    ['a trailing comma', 'ru\tзасуха\tзасух\tdrought,\tdrought,'],
    ['fewer English stems than words', 'ru\tзасуха\tзасух\tdrought,dry\tdrought'],
    ['an extra column', 'ru\tзасуха\tзасух\tdrought\tdrought\tx'],
  ])('rejects %s, naming the line', (_, line) => {
    expect(() => parseLexiconPack(`# header\n${line}\n`)).toThrow(
      /lexicon pack line 2 is malformed/,
    );
  });
});

/** Common news words the hand lexicon lacks, with an English stem the pack should give them. */
const PACK_WORDS = [
  ['пшениця', 'uk', 'wheat'],
  ['пшеница', 'ru', 'wheat'],
  ['землетрус', 'uk', 'earthquak'],
  ['землетрясения', 'ru', 'earthquak'],
  ['вугілля', 'uk', 'coal'],
  ['уголь', 'ru', 'coal'],
  ['посольства', 'uk', 'embassi'],
  ['хвороби', 'uk', 'diseas'],
  ['злочини', 'uk', 'crime'],
  ['забастовки', 'ru', 'strike'],
] as const;

describe('the committed lexicon pack', () => {
  const without = new Map<string, string[]>();
  const HAND = [
    ['уряд', 'uk'],
    ['правительство', 'ru'],
    ['ракета', 'uk'],
    ['выборы', 'ru'],
    ['кім', 'uk'],
  ] as const;

  beforeAll(async () => {
    unloadLexiconPack();
    for (const [word, language] of [...HAND, ...PACK_WORDS])
      without.set(word, english(word, language));
    await loadLexiconPack(readAsset);
  });
  afterAll(unloadLexiconPack);

  it('parses whole, with tens of thousands of entries whose stems are the engine’s terms', () => {
    const entries = lexiconPackEntries() ?? [];
    expect(entries.length).toBeGreaterThan(20_000);
    const stale = entries.filter(
      (entry) =>
        tokenize(entry.word, entry.language)[0]?.term !== entry.stem ||
        entry.english.some((word, i) => stem(word, 'en') !== entry.englishStems[i]),
    );
    expect(stale.map((entry) => entry.word)).toEqual([]);
  });

  it.each(PACK_WORDS)(
    'translates %s (%s), a word the hand lexicon lacks',
    (word, language, stemmed) => {
      expect(without.get(word)).toEqual([]);
      expect(english(word, language)).toContain(stemmed);
    },
  );

  it('leaves the hand lexicon’s and the name aliases’ translations as they were', () => {
    for (const [word, language] of HAND) expect(english(word, language)).toEqual(without.get(word));
  });

  it('glosses pack words with their first English word', () => {
    expect(englishGloss('пшениця і землетрус', 'uk')).toBe('wheat і earthquake');
  });

  it('is read from the public folder, the path the extension packages', async () => {
    const bytes = await readAsset(LEXICON_PACK_PATH);
    expect(new TextDecoder().decode(bytes.slice(0, 1))).toBe('#');
  });
});

describe('loadLexiconPack', () => {
  afterAll(unloadLexiconPack);

  it('retries after a failed read, and shares one read between callers', async () => {
    unloadLexiconPack();
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error('offline'));
    };
    await expect(loadLexiconPack(failing)).rejects.toThrow('offline');
    expect(lexiconPackEntries()).toBeNull();
    const reader = (path: string) => {
      calls++;
      return readAsset(path);
    };
    await Promise.all([loadLexiconPack(reader), loadLexiconPack(reader)]);
    expect(calls).toBe(2);
    expect(lexiconPackEntries()?.length).toBeGreaterThan(20_000);
  });
});
