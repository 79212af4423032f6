import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseImportFile, readInput } from '../../../src/importers/registry';

const bytes = (text: string) => new TextEncoder().encode(text);
const story = (n: number) =>
  `Council approves budget ${n}\n\nThe council approved budget number ${n} on Tuesday.`;

describe('parseImportFile', () => {
  it('reads a .txt file: first line the title, the folder the outlet', () => {
    const { documents } = parseImportFile('bbc/tech/a.txt', bytes(story(1)));
    expect(documents).toEqual([
      expect.objectContaining({ title: 'Council approves budget 1', outlet: 'bbc', file: 'a.txt' }),
    ]);
    expect(documents[0]?.text).toContain('budget number 1');
  });

  it('takes the outlet from the record, else the credit the text states, else the URL host, else the file name', () => {
    const jsonl = [
      { title: 'A', text: 'Text A.', outlet: 'Reuters' },
      { title: 'B', text: 'Text B.', url: 'https://www.bbc.co.uk/news/1' },
      { title: 'C', text: 'Text C.' },
      {
        title: 'D',
        text: 'MOSCOW (Reuters) - Kim inspected bombers on Saturday.',
        url: 'https://news.example.com/1',
      },
    ]
      .map((record) => JSON.stringify(record))
      .join('\n');
    const { documents } = parseImportFile('wire.jsonl', bytes(jsonl));
    expect(documents.map((d) => d.outlet)).toEqual(['Reuters', 'bbc.co.uk', 'wire', 'Reuters']);
  });

  it.each([
    ['empty.txt', bytes(''), 'empty file'],
    ['blank.txt', bytes(' \n\n \n'), 'empty file'],
    [
      'photo.txt',
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
      'not a text file (binary content)',
    ],
    ['notes.docx', bytes('some words'), 'unsupported file type'],
    ['bad.jsonl', bytes('{"title": oops}\n'), 'line 1: not valid JSON'],
    ['bad.json', bytes('{"title": '), 'not valid JSON'],
    ['none.json', bytes('[]'), 'no articles in the file'],
  ])('refuses %s with a reason', (name, content, reason) => {
    expect(() => parseImportFile(name, content)).toThrow(reason);
  });

  it('sniffs feeds and pages in files whose name does not tell', () => {
    const feed =
      '<rss><channel><title>Feed</title><item><title>T</title><description>Body text.</description></item></channel></rss>';
    expect(parseImportFile('export.xml', bytes(feed)).documents[0]?.outlet).toBe('Feed');
    const page = '<!doctype html><html><body><p>Hi</p></body></html>';
    const htmlToArticle = () => ({ title: 'Page', text: 'Hi there.', siteName: 'Site' });
    expect(parseImportFile('saved', bytes(page), { htmlToArticle }).documents[0]).toMatchObject({
      title: 'Page',
      outlet: 'Site',
    });
  });

  it('refuses a 50 MB single-article file as too large without decoding it', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const started = performance.now();
    expect(() => parseImportFile('huge.txt', big)).toThrow(/too large \(50 MB; limit 10 MB\)/);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('reads a 50 MB JSON Lines file of articles', () => {
    const line = JSON.stringify({
      title: 'T',
      text: 'The council approved the budget. '.repeat(30),
    });
    const count = Math.ceil((50 * 1024 * 1024) / (line.length + 1));
    const big = bytes(Array.from({ length: count }, () => line).join('\n'));
    expect(big.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const { documents } = parseImportFile('big.jsonl', big);
    expect(documents).toHaveLength(count);
  });
});

describe('readInput of a .zip archive', () => {
  const archive = zipSync({
    'wire/a.txt': bytes(story(1)),
    'wire/b.md': bytes(`# ${story(2)}`),
    'wire/feed.rss': bytes(
      '<rss><channel><title>F</title><item><title>I</title><description>Item text.</description></item></channel></rss>',
    ),
    'wire/data.csv': bytes('title,text\nC,CSV text.\n'),
    'wire/empty.txt': new Uint8Array(0),
    '__MACOSX/wire/._a.txt': bytes('resource fork'),
    '../escape.txt': bytes(story(3)),
  });

  it('reads every file in it, naming each one it does not keep', () => {
    const results = readInput('corpus.zip', archive);
    const documents = results.flatMap((result) => result.documents);
    expect(documents.map((d) => d.title).sort()).toEqual([
      'C',
      'Council approves budget 1',
      'Council approves budget 2',
      'I',
    ]);
    expect(documents.find((d) => d.title === 'Council approves budget 1')?.outlet).toBe('corpus');
    expect(
      results.filter((result) => result.error).map(({ file, error }) => ({ file, error })),
    ).toEqual([
      { file: 'corpus.zip/wire/empty.txt', error: 'empty file' },
      { file: 'corpus.zip/__MACOSX/wire/._a.txt', error: 'a hidden or system file: not read' },
      {
        file: 'corpus.zip/../escape.txt',
        error: 'unsafe path in the archive (it points outside the archive): not unpacked',
      },
    ]);
  });

  it('refuses a truncated archive with a reason', () => {
    expect(readInput('cut.zip', archive.subarray(0, archive.length - 40))).toMatchObject([
      { file: 'cut.zip', error: 'damaged or truncated zip archive', documents: [] },
    ]);
  });

  it('refuses a Word document by name, not as a damaged archive', () => {
    const docx = zipSync({ 'word/document.xml': bytes('<w:document/>') });
    expect(readInput('notes.docx', docx)).toMatchObject([
      { error: 'a Word document (.docx): not a format Crosscheck reads' },
    ]);
  });
});
