import { describe, expect, it } from 'vitest';
import { nonClaimReason } from '../../src/core';

describe('check-worthiness of a sentence', () => {
  it.each([
    'That was the end of it.',
    'We have a duty to do what we can.',
    '"It is still painful and irritable.',
    'Так воно і було з самого початку.',
  ])('skips "%s": nothing specific to check', (sentence) => {
    expect(nonClaimReason(sentence)).toBe('nothing specific to check');
  });

  it.each([
    // A name or a number pins a few words down to something a source can confirm.
    'That was the end of Enron.',
    'We have a duty to pay 40 people.',
    'Then it was all over for Kim.',
    // Enough content words on their own.
    'The ministry withdrew the export ban on wheat.',
  ])('keeps "%s" as a claim', (sentence) => {
    expect(nonClaimReason(sentence)).toBeNull();
  });
});
