import { describe, expect, it } from 'vitest';
import {
  claimCounts,
  standingCounts,
  standingOf,
  storyOrigins,
  type ClaimReport,
  type Verdict,
} from '../../src/core';
import { differenceFrom, supportFrom } from './report-fixtures';

function claim(
  verdict: Verdict,
  support: [string, string | null][],
  differences: string[] = [],
): ClaimReport {
  const origins = new Set(support.map(([, origin]) => origin).filter((o) => o !== null));
  return {
    text: 'x',
    start: 0,
    end: 1,
    verdict,
    independentOrigins: origins.size,
    support: support.map(([id, origin]) => supportFrom(id, origin)),
    differences: differences.map(differenceFrom),
  };
}

const claims = [
  // Three outlets relaying KCNA: one origin; the copy of the article itself counts for nothing.
  claim('corroborated', [
    ['a', 'source:kcna'],
    ['b', 'source:kcna'],
    ['c', 'source:kcna'],
    ['own', null],
  ]),
  // a again, in its own voice, and d, a reprint of a (same origin group).
  claim('corroborated', [
    ['a', 'group:a'],
    ['d', 'group:a'],
  ]),
  claim('corroborated', [['own', null]]),
  claim('mixed', [['e', 'group:e']], ['f']),
  claim('differing', [], ['f', 'g']),
  claim('uncorroborated', []),
];
const groups: Record<string, string> = { a: 'A', b: 'B', c: 'C', d: 'A', e: 'E', own: 'OWN' };

describe('count definitions', () => {
  it('a claim only copies of the article support stands as "copies", not corroborated', () => {
    expect(claims.map(standingOf)).toEqual([
      'corroborated',
      'corroborated',
      'copies',
      'mixed',
      'differing',
      'uncorroborated',
    ]);
    expect(standingCounts(claims)).toEqual({
      corroborated: 2,
      copies: 1,
      mixed: 1,
      differing: 1,
      uncorroborated: 1,
    });
  });

  it('counts a claim’s sources, copies, origins and differing documents', () => {
    expect(claimCounts(claims[0] as ClaimReport)).toEqual({
      sources: 3,
      copies: 1,
      origins: 1,
      differing: 0,
    });
    expect(claimCounts(claims[4] as ClaimReport)).toEqual({
      sources: 0,
      copies: 0,
      origins: 0,
      differing: 2,
    });
  });

  it('counts the article’s origins as document groups, never more than the documents', () => {
    // Claim 1 (groups A, B, C) and claim 2 (group A): three, though the claims' origin keys
    // (source:kcna, group:a) and documents (a, b, c, d) differ.
    expect(storyOrigins(claims, (id) => groups[id] ?? id)).toBe(3);
    expect(storyOrigins([], (id) => id)).toBe(0);
  });
});
