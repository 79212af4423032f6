import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MemoryCorpusStore,
  checkArticle,
  compareSentences,
  importDocuments,
  type RawDocument,
} from '../../src/core';
import { judgePair, shippedModel } from '../../src/core/judge/judge';
import { checkedModel } from '../../src/core/judge/model';
import { analyseSentence } from '../../src/core/features';

const SAMPLE_CORPUS = new URL(
  '../../samples/corpus/kim-shoigu-talks-2023-09.jsonl',
  import.meta.url,
);
const samples = readFileSync(SAMPLE_CORPUS, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as RawDocument);

describe('the pair judge', () => {
  it('does not let topic words alone corroborate (a real Guardian sentence against a BBC one)', () => {
    const judgment = compareSentences(
      'We are not foreigners in this land.',
      'This measure is designed to discourage foreign investors from buying and selling land speculatively, without developing it.',
      'en',
    );
    expect(judgment.relation).not.toBe('corroborates');
    expect(judgment.relation).not.toBe('differs');
  });

  it('reports a calibrated strength in [0, 1], the rounded strength as the score', () => {
    const judgment = compareSentences(
      'Kim inspected Russian strategic bombers on Saturday.',
      'On Saturday Kim inspected strategic bombers of Russia, accompanied by Shoigu.',
      'en',
    );
    expect(judgment.relation).toBe('corroborates');
    expect(judgment.strength).toBeGreaterThan(0.5);
    expect(judgment.strength).toBeLessThanOrEqual(1);
    expect(judgment.score).toBe(Math.round(judgment.strength * 1000) / 1000);
  });

  it('says which claim words the evidence states, and which it does not', () => {
    const claim = 'Kim inspected Russian strategic bombers in Vladivostok on Saturday.';
    const judgment = judgePair(
      analyseSentence(claim, 'en'),
      analyseSentence('Kim inspected Russian strategic bombers on Saturday.', 'en'),
    );
    const words = (spans: [number, number][] | undefined) =>
      (spans ?? []).map(([start, end]) => claim.slice(start, end));
    expect(words(judgment.alignment?.claimStated)).toEqual(
      expect.arrayContaining(['Kim', 'inspected', 'bombers', 'Saturday']),
    );
    expect(words(judgment.alignment?.claimUnstated)).toEqual(['Vladivostok']);
  });

  it.each([
    [
      'a number',
      'Profits rose 33% to 320 million dollars in the three months to September.',
      'number',
    ],
    ['a month', 'Profits rose 15% to 320 million dollars in the three months to December.', 'date'],
  ])('calls a copy with %s changed "differs", naming the detail', (_, claim, kind) => {
    const judgment = compareSentences(
      claim,
      'Profits rose 15% to 320 million dollars in the three months to September.',
      'en',
    );
    expect(judgment.relation).toBe('differs');
    expect(judgment.details.map((d) => d.kind)).toContain(kind);
  });

  it('refuses parameters fitted on another feature list', () => {
    const model = shippedModel();
    expect(() => checkedModel({ ...model, features: model.features.slice(1) })).toThrow(
      /fitted on features/,
    );
  });
});

describe('paraphrase on the sample page', () => {
  // KNOWN GAP (2026-12-01), asked for by the judgment issue: the best English evidence ("During
  // his visit to Russia, Kim inspected Russian nuclear-capable strategic bombers, hypersonic
  // missiles and warships on Saturday, accompanied by Russian defence minister Sergei Shoigu.")
  // is rated 0.004: "North Korea's leader", "Moscow's" and "the Far East" are names the sentence
  // does not state (it says "Kim", "Russian", nothing), and "spent", "touring", "chief", "neared"
  // find no counterpart (GloVe rates tour/inspect 0.20, chief/minister 0.59). Knowing that the
  // leader is Kim needs the document or the world, not the words. it.fails: flips when fixed.
  it.fails(
    'corroborates "spent Saturday touring Russian bombers and warships with Moscow\'s defence chief" by three or more English samples',
    async () => {
      const store = new MemoryCorpusStore();
      await importDocuments(store, samples);
      const text =
        "North Korea's leader spent Saturday touring Russian bombers and warships with Moscow's defence chief, as his week-long trip through the Far East neared its end.";
      const report = await checkArticle({ title: 'Sample', text, language: 'en' }, store);
      const claim = report.claims[0];
      expect(claim?.verdict).toBe('corroborated');
      const outlets = new Set(
        claim?.support.filter((s) => s.document.language === 'en').map((s) => s.document.outlet),
      );
      expect(outlets.size).toBeGreaterThanOrEqual(3);
      // What no source states is marked, not hidden: the trip's end is in none of them.
      const unstated = (claim?.unstated ?? []).map(([s, e]) => text.slice(s, e));
      expect(unstated).toEqual(expect.arrayContaining(['neared']));
    },
  );
});
