import { describe, expect, it } from 'vitest';
import { checkArticle, compareSentences, type CheckReport } from '../../src/core';
import { articleOf, loadSeeds, seedKey, storeWithout } from './seed-corpus';

// The Ukrinform seed (004) against the four English seeds, and the EFE seed (000) against the rest.
const seeds = loadSeeds();
const reportOf = async (key: string, translate?: Parameters<typeof checkArticle>[2]) => {
  const raw = seeds.get(key);
  if (!raw) throw new Error(`no seed ${key}`);
  return checkArticle(articleOf(raw), await storeWithout(seeds, key), translate);
};
const uk = await reportOf('004');
const efe = await reportOf('000');
const claimOf = (report: CheckReport, words: string) =>
  report.claims.find((claim) => claim.text.includes(words));

const SHOIGU_UK =
  'Лідер Північної Кореї Кім Чен Ин та міністр оборони Росії Сергій Шойгу обговорили посилення військового співробітництва та обмінів між двома країнами.';
const SHOIGU_EN =
  'North Korean leader Kim Jong Un and Russian Defence Minister Sergei Shoigu discussed strengthening military cooperation and exchanges between the two countries.';

describe('Ukrainian claims against English sources', () => {
  it('corroborates the Kim–Shoigu talks in 004 with at least two English seeds', () => {
    const claim = claimOf(uk, 'обговорили посилення');
    expect(claim?.verdict).toBe('corroborated');
    const english = claim?.support.filter((s) => s.document.language === 'en') ?? [];
    expect(new Set(english.map((s) => seedKey(s.document))).size).toBeGreaterThanOrEqual(2);
  });

  it('leaves the sentence on the aircraft factories in Komsomolsk-on-Amur uncorroborated', () => {
    expect(claimOf(uk, 'Комсомольську')?.verdict).toBe('uncorroborated');
  });

  // The bombers are one clause of the sentence that also has the Putin meeting and the factories:
  // each clause is its own claim (src/core/clauses.ts), so each gets its own verdict.
  // KNOWN GAP (2026-12-01): the learned judge rates 004's bombers clause against the Reuters
  // sentence ("Kim inspected Russian nuclear-capable strategic bombers, hypersonic missiles and
  // warships on Saturday, accompanied by …") at 0.27–0.31, below the cross-language decision
  // threshold (0.73): each side adds a place or a companion the other lacks, and the lexicon
  // leaves "оглянув" / "inspected" unmatched. The clause splitting it relies on still works
  // (asserted first). it.fails: flips when fixed.
  it.fails(
    'corroborates the clause on nuclear bombers and hypersonic missiles (004) with English seeds',
    () => {
      const claim = claimOf(uk, 'бомбардувальники');
      expect(claim?.text.startsWith('оглянув')).toBe(true);
      expect(claim?.verdict).toBe('corroborated');
      const english = claim?.support.filter((s) => s.document.language === 'en') ?? [];
      expect(new Set(english.map((s) => seedKey(s.document))).size).toBeGreaterThanOrEqual(2);
      expect(claimOf(uk, 'Комсомольську')?.text).not.toContain('бомбардувальники');
    },
  );
});

describe('English claims against Ukrainian sources', () => {
  // 0.508 against 004's New York Times sentence: below 0.55, but the pair shares eleven words
  // besides names (anti-tank missiles, artillery, satellite, submarine technology…), which
  // CROSS_LANGUAGE_CONTENT_WORDS asks for between 0.48 and 0.55.
  it('corroborates the EFE sentence on anti-tank missiles and artillery ammunition with 004', () => {
    const claim = claimOf(efe, 'anti-tank missiles');
    const ukrainian = claim?.support.find((s) => s.document.language === 'uk');
    expect(ukrainian?.sentence).toContain('протитанкові ракети');
    expect(claim?.verdict).toBe('corroborated');
  });

  // Names alone in that band: 004's Kim–Shoigu sentence names the same people but states neither
  // joint exercises nor UN sanctions.
  const ukrainianSupport = async (key: string, words: string) => {
    const claim = claimOf(await reportOf(key), words);
    expect(claim).toBeDefined();
    return claim?.support.filter((s) => s.document.language === 'uk');
  };
  it('does not let 004 corroborate 001 on joint military exercises through the names they share', async () => {
    expect(await ukrainianSupport('001', 'joint military exercises')).toEqual([]);
  });
  // KNOWN GAP (2026-12-01): the learned judge's cross-language part takes 004's Kim–Shoigu talks
  // sentence for 002's longer wording of the same two claims (strength 0.9+: the names, "military",
  // "minister", "defence" and "Russia" all match through the lexicon; the exercises and the UN do
  // not). it.fails: each flips when fixed.
  it.fails(
    'does not let 004 corroborate 002 on joint military exercises through the names they share',
    async () => {
      expect(await ukrainianSupport('002', 'joint military exercises')).toEqual([]);
    },
  );
  it.fails(
    'does not let 004 corroborate 002 on violation of UN through the names they share',
    async () => {
      expect(await ukrainianSupport('002', 'violation of UN')).toEqual([]);
    },
  );

  it('corroborates the EFE lead with 004 and glosses the Ukrainian sentence', () => {
    const claim = claimOf(efe, 'Sergei Shoigu spoke');
    const ukrainian = claim?.support.find((s) => s.document.language === 'uk');
    expect(ukrainian?.sentence).toContain('Шойгу');
    expect(ukrainian?.gloss).toMatch(/Sho[iy]gu/);
    expect(ukrainian?.gloss).toMatch(/cooperation/);
  });
});

describe('cross-language pair judgments', () => {
  // The sample article's sentence against the two seed sentences on the talks: they share Shoigu,
  // Russia, North Korea and "military", not the joint exercises.
  const JOINT_EXERCISES =
    'Shoigu told Russian media that Moscow is discussing joint military exercises with North Korea.';
  const EFE_TALKS =
    'North Koreas’ leader Kim Jong-un and Russia’s Defense Minister Sergei Shoigu spoke about strengthening their countries’ military cooperation and coordination, North Korean state media reported Sunday.';

  it('does not corroborate a claim through the names of the story alone, in one language or two', () => {
    expect(compareSentences(JOINT_EXERCISES, EFE_TALKS).relation).toBe('unrelated');
    expect(compareSentences(JOINT_EXERCISES, SHOIGU_UK).relation).toBe('unrelated');
  });

  it('corroborates a translation both ways', () => {
    expect(compareSentences(SHOIGU_UK, SHOIGU_EN).relation).toBe('corroborates');
    expect(compareSentences(SHOIGU_EN, SHOIGU_UK).relation).toBe('corroborates');
  });

  it.each([
    [
      'date',
      SHOIGU_UK.replace('обговорили', 'обговорили 12 вересня'),
      SHOIGU_EN.replace('discussed', 'discussed on September 14'),
    ],
    ['number', SHOIGU_UK.replace('двома', '3'), SHOIGU_EN.replace('two', '5')],
    ['negation', SHOIGU_UK.replace('обговорили', 'не обговорювали'), SHOIGU_EN],
  ])('reports a different %s across languages as differs', (kind, a, b) => {
    const judgment = compareSentences(a, b);
    expect(judgment.relation).toBe('differs');
    expect(judgment.details.map((d) => d.kind)).toContain(kind);
  });
});

describe('an optional on-device translator', () => {
  it('is used when given: a Ukrainian claim is matched through its translation', async () => {
    const asked: string[] = [];
    const report = await reportOf('004', {
      translate: async (text, from, to) => {
        asked.push(`${from}>${to}`);
        return text.includes('Комсомольську')
          ? 'Kim inspected Russian nuclear-capable strategic bombers and hypersonic missiles.'
          : null;
      },
    });
    expect(asked.length).toBe(report.claims.length);
    expect(asked.every((pair) => pair === 'uk>en')).toBe(true);
    const claim = claimOf(report, 'Комсомольську');
    expect(claim?.verdict).toBe('corroborated');
  });

  it('falls back to the lexicon when the translator fails or is absent', async () => {
    const failing = await reportOf('004', {
      translate: () => Promise.reject(new Error('model not downloaded')),
    });
    expect(failing.claims.map((c) => c.verdict)).toEqual(uk.claims.map((c) => c.verdict));
  });
});
