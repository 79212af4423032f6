import { describe, expect, it } from 'vitest';
import { compareSentences } from '../../src/core';
import { findDistortion } from '../../src/core/judge/distortion';
import { analyseSentence } from '../../src/core/features';

// Hand-written pairs: a claim that keeps its evidence's words but changes what they say must not
// corroborate it; a faithful shortening or rewording still must.
const kindOf = (claim: string, evidence: string) =>
  findDistortion(analyseSentence(claim, 'en'), analyseSentence(evidence, 'en'))?.kind ?? null;

describe('distorted copies are not corroboration', () => {
  it.each([
    [
      'roles',
      'The city council sued the water company over the flooding of the old market.',
      'The water company sued the city council over the flooding of the old market.',
    ],
    [
      'quantity',
      'The ministry reported that imported grain made up the country’s bread supply last winter.',
      'The ministry reported that imported grain made up half of the country’s bread supply last winter.',
    ],
    [
      'substitution',
      'Local farmers gathered outside the parliament on Tuesday to celebrate the new water tax.',
      'Local farmers gathered outside the parliament on Tuesday to protest the new water tax, which they say will ruin small vineyards in the south.',
    ],
    [
      'splice',
      'Three ministers were detained in March.',
      'Three ministers were questioned after the former governor was detained in March.',
    ],
    [
      'subject',
      'The coach of the home side is confident that the team will be ready for the cup final.',
      'The coach of the home side said the team doctor is confident that the team will be ready for the cup final.',
    ],
    [
      'attachment',
      'The mayor spoke to the crowd in the harbour on Friday.',
      'The mayor spoke to reporters about the crowd in the harbour on Friday.',
    ],
    [
      'substitution',
      'The striker scored twice in the opening minutes of their 3-1 win.',
      'The striker scored twice in the opening minutes of their 3-1 defeat by the visitors from the north, who had not won away all season.',
    ],
  ])('%s: %s', (kind, claim, evidence) => {
    expect(kindOf(claim, evidence)).toBe(kind);
    expect(compareSentences(claim, evidence).relation).not.toBe('corroborates');
  });

  it('reports a dropped "half of" as a quantity the claim states otherwise', () => {
    const judgment = compareSentences(
      'The ministry reported that imported grain made up the country’s bread supply last winter.',
      'The ministry reported that imported grain made up half of the country’s bread supply last winter.',
    );
    expect(judgment.relation).toBe('differs');
    expect(judgment.details).toEqual([
      {
        kind: 'quantity',
        here: 'country’s bread supply',
        there: 'half of the country’s bread supply',
      },
    ]);
  });
});

describe('known gaps of the learned judge (2026-12-01; it.fails: each flips when fixed)', () => {
  // Found by the distortion check (a phrase taken out of a prepositional phrase) but corroborated:
  // the check is a feature now, and Falke-like training data has few such extracts.
  it.fails('embedded: a phrase taken out of a prepositional phrase does not corroborate', () => {
    const claim = 'The missing hiker has widened since heavy snow fell on the mountain.';
    const evidence =
      'Police said the search for the missing hiker has widened since heavy snow fell on the mountain.';
    expect(kindOf(claim, evidence)).toBe('embedded');
    expect(compareSentences(claim, evidence).relation).not.toBe('corroborates');
  });

  // A faithful shortening that drops two adjectives from inside a noun phrase looks, to the judge,
  // like the garbled extracts it was taught to reject (a few words cut from inside a clause).
  it.fails('a modifier left out still corroborates', () => {
    const claim = 'The storm destroyed the roof of the town hall.';
    const evidence = 'The storm destroyed the old wooden roof of the town hall.';
    expect(kindOf(claim, evidence)).toBeNull();
    expect(compareSentences(claim, evidence).relation).toBe('corroborates');
  });
});

describe('faithful shortenings and rewordings still corroborate', () => {
  it.each([
    [
      'a trailing clause left out',
      'Local farmers gathered outside the parliament on Tuesday to protest the new water tax.',
      'Local farmers gathered outside the parliament on Tuesday to protest the new water tax, which they say will ruin small vineyards in the south.',
    ],
    [
      'an aside between commas left out',
      'The bridge will be closed for repairs until June.',
      'The bridge, which opened in 1932 and carries most of the city’s traffic, will be closed for repairs until June.',
    ],
    [
      'the attribution left out',
      'Three ministers were questioned after the former governor was detained in March.',
      'Prosecutors said on Monday that three ministers were questioned after the former governor was detained in March.',
    ],
    [
      'a reworded sentence of about the same length',
      'The water company was taken to court by the city council over the flooding of the market.',
      'The city council took the water company to court over the flooding of the market.',
    ],
  ])('%s', (_, claim, evidence) => {
    expect(kindOf(claim, evidence)).toBeNull();
    expect(compareSentences(claim, evidence).relation).toBe('corroborates');
  });

  it('leaves pairs in other languages alone', () => {
    const claim = analyseSentence('Місто подало до суду на компанію через повінь.', 'uk');
    const evidence = analyseSentence('Компанія подала до суду на місто через повінь.', 'uk');
    expect(findDistortion(claim, evidence)).toBeNull();
  });
});
