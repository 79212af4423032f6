import { describe, expect, it } from 'vitest';
import { canonicalSpelling } from '../../../src/core/text/name-variants';
import { stem } from '../../../src/core/text/terms';

describe('canonicalSpelling', () => {
  it('leaves words that are names of Object.prototype members as they are', () => {
    for (const word of ['constructor', 'tostring', 'valueof', '__proto__'])
      expect(canonicalSpelling(word)).toBe(word);
    expect(stem('constructor', 'en')).toBe('constructor');
  });
});
