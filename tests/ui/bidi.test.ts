import { describe, expect, it } from 'vitest';
import { clipped, isolated } from '../../src/ui/bidi';

describe('untrusted text in the UI', () => {
  it('isolates text substituted into a message', () => {
    expect(isolated('\u202Egnp.exe')).toBe('\u2068\u202Egnp.exe\u2069');
  });

  it('clips a long name with an ellipsis, never inside a code point', () => {
    expect(clipped('Reuters')).toBe('Reuters');
    expect(clipped('W'.repeat(50_000))).toBe(`${'W'.repeat(200)}…`);
    expect(clipped('😀'.repeat(300), 3)).toBe('😀…');
    expect(clipped('😀'.repeat(300), 4)).toBe('😀😀…');
  });
});
