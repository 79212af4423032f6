// Property-based fuzzing (fast-check) of every importer and of checkArticle: whatever the bytes,
// an import never throws (each file comes back kept or with a reason), the parsers throw nothing
// but ImportError, and a check of any text completes. Runs are few and inputs small, so the
// suite stays quick; a failure prints the shrunk input that caused it.
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MemoryCorpusStore, checkArticle, importDocuments } from '../../src/core';
import { htmlToArticle } from '../../src/cli/html-to-article';
import { ImportError, parseImportFile, readInput } from '../../src/importers/registry';

const encode = (text: string) => new TextEncoder().encode(text);
const RUNS = { numRuns: 60 };

/** Text with the characters that break parsers: quotes, brackets, markup, separators, controls,
 *  bidi overrides, surrogate pairs. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '"',
        "'",
        '“',
        '«',
        '(',
        '[',
        '{',
        '}',
        ']',
        ')',
        '<',
        '>',
        '</',
        '&amp;',
        '&#x0;',
        '<![CDATA[',
        ']]>',
        ',',
        '\n',
        '\r\n',
        '\t',
        '\u0000',
        '\u001b[2J',
        '\u202e',
        '\uFEFF',
        '😀',
        'Mr.',
        'U.S.',
        'said',
        'KCNA said',
        'according to',
        '2023-58-16',
        '5 million',
        'javascript:alert(1)',
        '<rss>',
        '<item>',
        '<feed>',
        '<entry>',
        '<div>',
        '<script>',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  hostileText.map(encode),
  fc.json().map(encode),
);

/** The invariants of one import: never throws; every result is kept or has a reason. */
function expectAccounted(name: string, bytes: Uint8Array) {
  const results = readInput(name, bytes, { htmlToArticle });
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) {
    if (result.error) expect(result.error.length).toBeGreaterThan(0);
    else expect(result.documents.length).toBeGreaterThan(0);
    expect(result.labels).toHaveLength(result.documents.length);
    for (const problem of [...result.problems, ...result.warnings])
      expect(problem.reason.length).toBeGreaterThan(0);
    for (const document of result.documents) {
      expect(document.title.length).toBeLessThanOrEqual(300);
      expect(document.url ?? 'https://x').toMatch(/^https?:/i);
    }
  }
}

describe('fuzzing the importers', () => {
  it.each([
    'a.txt',
    'a.md',
    'a.json',
    'a.jsonl',
    'a.csv',
    'a.xml',
    'a.rss',
    'a.atom',
    'a',
    'a.pdf',
  ])('%s: any bytes are kept or named, never thrown', (name) => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        expectAccounted(name, bytes);
        try {
          parseImportFile(name, bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      RUNS,
    );
  });

  it('.html: any markup', () => {
    fc.assert(
      fc.property(hostileText, (text) => expectAccounted('a.html', encode(`<html>${text}`))),
      { numRuns: 25 },
    );
  });

  it('structured records: JSON arrays, JSON Lines, CSV and feeds of hostile values', () => {
    const record = fc.record(
      {
        title: fc.oneof(hostileText, fc.json()),
        text: fc.oneof(hostileText, fc.constant('The council approved the budget on Monday.')),
        url: fc.oneof(fc.webUrl(), hostileText),
        published: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          hostileText,
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(record, fc.anything()), { maxLength: 6 }), (items) => {
        const records = items as unknown[];
        expectAccounted('a.json', encode(JSON.stringify(records)));
        expectAccounted(
          'a.jsonl',
          encode(records.map((r) => JSON.stringify(r) ?? 'undefined').join('\n')),
        );
        const csv = records
          .map((r) =>
            Object.values(typeof r === 'object' && r ? r : { r })
              .map(String)
              .join(','),
          )
          .join('\n');
        expectAccounted('a.csv', encode(`title,text,url,published\n${csv}`));
        const items2 = records
          .map(
            (r) =>
              `<item><title>${String((r as { title?: unknown })?.title)}</title><description>${String((r as { text?: unknown })?.text)}</description></item>`,
          )
          .join('');
        expectAccounted('a.xml', encode(`<rss><channel>${items2}</channel></rss>`));
      }),
      { numRuns: 40 },
    );
  });

  it('.zip: any entry names and contents, and damaged archives', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.oneof(
            fc.string({ minLength: 1, maxLength: 20 }),
            fc.constantFrom('../x.txt', '/abs.txt', 'C:\\x.txt', '.h.txt', 'a/../../b.txt'),
          ),
          anyBytes,
          { maxKeys: 5 },
        ),
        fc.nat(400),
        (entries, cut) => {
          const archive = zipSync(entries);
          expectAccounted('a.zip', archive);
          expectAccounted('a.zip', archive.subarray(0, cut));
        },
      ),
      RUNS,
    );
  });
});

describe('fuzzing checkArticle', () => {
  it('any text, in any language, as the article and in the corpus, completes', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileText,
        hostileText,
        fc.constantFrom('en', 'uk', 'ru', 'und', null),
        async (article, corpus, language) => {
          const store = new MemoryCorpusStore();
          await importDocuments(store, [
            { title: 'c', text: corpus || 'x' },
            { title: 'd', text: `${article} The council approved the budget on Monday.` },
          ]);
          const report = await checkArticle({ title: 't', text: article, language }, store);
          expect(Array.isArray(report.claims)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
