// Work grows linearly with the text on any input: each hostile text of tests/support/pathological
// -inputs.ts is checked at n and at 4n characters, and 4n must cost less than 12 times n (linear
// work costs about 4 times; quadratic 16). Times are the best of two runs, floored, so a busy
// machine does not fail the test; `npm run bench:pathological` prints the same figures.
import { describe, expect, it } from 'vitest';
import { readFile } from '../../src/importers/registry';
import { nestsDeeperThan } from '../../src/importers/formats/nesting';
import { stripHtml } from '../../src/importers/formats/html-text';
import { splitSentences } from '../../src/core';
import { HOSTILE_TEXTS, bestTime, checkHostile, growth } from '../support/pathological-inputs';

const N = 10_000;
/** Below this (ms) a time is noise: ratios are taken against at least this much. */
const FLOOR = 20;
const LIMIT = 12;

const bytes = (text: string) => new TextEncoder().encode(text);

describe('linear time on hostile text', () => {
  it.each(HOSTILE_TEXTS.map((text) => [text.name, text] as const))(
    'checkArticle: %s',
    async (_name, text) => {
      const { ratio } = await growth((n) => checkHostile(text.make(n)), N, FLOOR);
      expect(ratio).toBeLessThan(LIMIT);
    },
  );

  it.each(HOSTILE_TEXTS.map((text) => [text.name, text] as const))(
    'importers (txt, jsonl, csv, feed): %s',
    async (_name, text) => {
      const formats = (n: number) => {
        const body = text.make(n);
        readFile('a.txt', bytes(`Title\n\n${body}`));
        readFile('a.jsonl', bytes(JSON.stringify({ title: body.slice(0, 500), text: body })));
        readFile('a.csv', bytes(`title,text\nT,"${body.replace(/"/g, '""')}"\n`));
        readFile(
          'a.xml',
          bytes(
            `<rss><channel><item><title>T</title><description><![CDATA[${body}]]></description></item></channel></rss>`,
          ),
        );
      };
      const { ratio } = await growth(formats, 4 * N, FLOOR);
      expect(ratio).toBeLessThan(LIMIT);
    },
  );

  it('sentence splitting: 1 MB without punctuation, 100,000 short lines, initials', async () => {
    for (const make of [
      (n: number) => 'the budget rose again '.repeat(n / 22),
      (n: number) => 'Ab cd.\n'.repeat(n / 7),
      (n: number) => 'A. B. Mr. U.S. '.repeat(n / 15),
    ]) {
      const grown = await growth((n) => splitSentences(make(n)), 100_000, FLOOR);
      expect(grown.ratio).toBeLessThan(LIMIT);
    }
  });

  it('HTML: 20,000-deep nesting is measured in one pass and refused before parsing', async () => {
    const deep = (n: number) =>
      `<html><body>${'<div>'.repeat(n)}x${'</div>'.repeat(n)}</body></html>`;
    expect(nestsDeeperThan(deep(300))).toBe(true);
    expect(nestsDeeperThan(deep(200))).toBe(false);
    const { ratio } = await growth((n) => nestsDeeperThan(deep(n), Infinity), 20_000, FLOOR);
    expect(ratio).toBeLessThan(LIMIT);
    const refusedIn = await bestTime(() => {
      const result = readFile('deep.html', bytes(deep(20_000)), {
        htmlToArticle: () => {
          throw new Error('must not be parsed');
        },
      });
      expect(result.error).toMatch(/nests its elements more than 256 deep/);
    }, 1);
    expect(refusedIn).toBeLessThan(1000);
  });

  it('HTML to text: unclosed tags, scripts and entities', async () => {
    for (const unit of ['<a', '<script>', '&amp', '<![CDATA[', '<p>x</p>']) {
      const { ratio } = await growth(
        (n) => stripHtml(unit.repeat(n / unit.length)),
        200_000,
        FLOOR,
      );
      expect(ratio, unit).toBeLessThan(LIMIT);
    }
  });

  it('checks a 50,000-character token, a 1 MB paragraph and 100,000 short lines in seconds', async () => {
    for (const [name, n] of [
      ['one capitalised token', 50_000],
      ['one token in capitals', 50_000],
      ['a paragraph without punctuation', 1_000_000],
      ['short lines', 600_000],
    ] as const) {
      const text = HOSTILE_TEXTS.find((t) => t.name === name);
      if (!text) throw new Error(name);
      const ms = await bestTime(() => checkHostile(text.make(n)), 1);
      expect(ms, name).toBeLessThan(15_000);
    }
  });
});
