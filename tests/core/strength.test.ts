import { describe, expect, it } from 'vitest';
import { strengthBand, strengthLabel } from '../../src/core';

describe('strength bands', () => {
  it.each([
    [0.92, 'strong · 0.92'],
    [0.8, 'strong · 0.80'],
    [0.7996, 'strong · 0.80'],
    [0.794, 'moderate · 0.79'],
    [0.64, 'moderate · 0.64'],
    [0.6, 'moderate · 0.60'],
    [0.41, 'weak · 0.41'],
    [0, 'weak · 0.00'],
  ])('%s is "%s"', (strength, label) => {
    expect(strengthLabel(strength)).toBe(label);
  });

  it('bands every value in [0, 1]', () => {
    expect(strengthBand(1)).toBe('strong');
    expect(strengthBand(0.5)).toBe('weak');
  });
});
