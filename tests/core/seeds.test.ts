import { describe, expect, it } from 'vitest';
import { checkArticle, type CheckReport } from '../../src/core';
import { articleOf, loadSeeds, seedKey, storeWithout } from './seed-corpus';

const seeds = loadSeeds();
// Each seed checked against the other four, as a reader who imported them would.
const reports = new Map<string, CheckReport>();
for (const [key, raw] of seeds)
  reports.set(key, await checkArticle(articleOf(raw), await storeWithout(seeds, key)));
const report = (key: string) => reports.get(key) as CheckReport;

const BOILERPLATE = [
  '- Advertisement -',
  'Share it...',
  'Leave a Reply',
  'Click Here to comment on this article',
  'Sign up for Newsmax’s Daily Newsletter',
  'Приєднуйтесь до наших каналів Telegram, Instagram та YouTube.',
  'Related Articles',
  'Back to top button',
  '2 minute read',
  'Photo: Reuters',
  '© 2023 Thomson/Reuters.',
  'Saturday, 16 September 2023 05:58 PM EDT',
  'Receive breaking news and original analysis - sent right to your inbox.',
  'Privacy: We never share your email address.',
  'Please review Community Guidelines before posting a comment.',
  'Your email address will not be published.',
];

describe('seeds checked against each other', () => {
  it('corroborates the Reuters bombers claim with at least three other seeds', () => {
    const claim = report('001').claims.find((c) =>
      c.text.includes('nuclear-capable strategic bombers'),
    );
    expect(claim?.verdict).toBe('corroborated');
    const seeds = new Set(claim?.support.map((s) => seedKey(s.document)));
    expect(seeds.size).toBeGreaterThanOrEqual(3);
    expect(seeds.has('001')).toBe(false);
  });

  it('leaves the EFE "Sleeping Beauty" ballet sentence uncorroborated', () => {
    const claim = report('000').claims.find((c) => c.text.includes('Sleeping Beauty'));
    expect(claim?.verdict).toBe('uncorroborated');
  });

  it('reports no boilerplate line as a claim, and skips each with a reason', () => {
    for (const r of reports.values()) {
      for (const claim of r.claims) {
        expect(
          BOILERPLATE.some((line) => claim.text.includes(line)),
          claim.text,
        ).toBe(false);
        expect(claim.text).not.toMatch(/^(Читайте також|Tags:|Share\b)/);
      }
      for (const skipped of r.skipped) expect(skipped.reason).not.toBe('');
    }
    // Every boilerplate line in the texts (which keep the lines above the headline) must be skipped
    // by name.
    const texts = [...seeds.values()].map((raw) => raw.text).join('\n');
    const skipped = [...reports.values()].flatMap((r) => r.skipped.map((s) => s.text));
    for (const line of BOILERPLATE.filter((l) => texts.includes(l)))
      expect(
        skipped.some((text) => text.includes(line)),
        line,
      ).toBe(true);
  });

  it('counts the two Reuters reprints (001, 003) as one origin', () => {
    const claim = report('002').claims.find((c) => c.text.includes('Earlier this month'));
    const keys = claim?.support.map((s) => seedKey(s.document)).sort();
    expect(keys).toEqual(['001', '003']);
    expect(claim?.independentOrigins).toBe(1);
  });

  it('does not count Reuters for a sentence the article took from Reuters word for word', () => {
    // 002 rewrites the Reuters story but keeps this sentence as Reuters wrote it: 001 and 003 are
    // its own origin, and only Ukrinform (004, relaying Yonhap and KCNA: "оглянув російські ядерні
    // бомбардувальники і гіперзвукові ракети") is independent of it. (EFE states the inspection
    // only in the subordinate clause of a sentence about a lunch, which the learned judge does not
    // take as stating it; the hand-set thresholds before it did.)
    const claim = report('002').claims.find((c) =>
      c.text.includes('nuclear-capable strategic bombers'),
    );
    const keys = claim?.support.map((s) => seedKey(s.document)).sort();
    expect(keys).toEqual(['001', '003', '004']);
    expect(claim?.support.filter((s) => s.origin === null).length).toBe(2);
    expect(claim?.independentOrigins).toBe(1);
  });

  it('corroborates the submarine claim of 001 by fewer independent origins than sources', () => {
    const claim = report('001').claims.find((c) =>
      c.text.includes('tactical nuclear attack submarine'),
    );
    expect(claim?.verdict).toBe('corroborated');
    expect(claim?.support.length).toBeGreaterThanOrEqual(2);
    expect(claim?.independentOrigins).toBeGreaterThan(0);
    expect(claim?.independentOrigins).toBeLessThan(claim?.support.length ?? 0);
  });

  it('reports support relaying KCNA apart from support in its own voice', () => {
    const claim = report('001').claims.find((c) => c.text.includes('exchanged their constructive'));
    expect(claim?.attribution).toBe('KCNA');
    // EFE (000) and Ukrinform (004, in Ukrainian) relay KCNA: one origin, KCNA; 003 is a copy of
    // 001 and not counted.
    expect(claim?.attributedSupport).toEqual([{ name: 'KCNA', sources: 3 }]);
    expect(claim?.support.find((s) => seedKey(s.document) === '004')?.origin).toBe('source:kcna');
    expect(claim?.support.find((s) => seedKey(s.document) === '000')?.origin).toBe('source:kcna');
    expect(claim?.independentOrigins).toBe(1);
  });

  it('keeps claim offsets pointing at the claim text in the article', () => {
    for (const [key, r] of reports) {
      const text = seeds.get(key)?.text ?? '';
      for (const claim of r.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });

  it('trims the wire dateline off the EFE lead', () => {
    const lead = report('000').claims[0];
    expect(lead?.text.startsWith('North Korea')).toBe(true);
  });
});
