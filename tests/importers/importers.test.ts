import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/importers';

describe('importers', () => {
  it('takes the first real line of a text file as its title, passing over page furniture', () => {
    const [doc] = parseFile(
      'a.txt',
      '- Advertisement -\nWorld\n\nKim visits Russia\n\nBody text here.',
    );
    expect(doc).toMatchObject({ title: 'Kim visits Russia', file: 'a.txt' });
    expect(doc?.text.trim()).toBe('Body text here.');
  });

  it('reads .json arrays and .jsonl lines with their metadata, using html through the injected parser', () => {
    const json = JSON.stringify([
      { title: 'T', text: 'Some text.', outlet: 'EFE', language: 'en' },
      { title: 'empty' },
    ]);
    expect(parseFile('c.json', json)).toEqual([
      {
        title: 'T',
        text: 'Some text.',
        outlet: 'EFE',
        language: 'en',
        url: null,
        published: null,
        file: 'c.json',
      },
    ]);
    const jsonl = `${JSON.stringify({ html: '<p>x</p>', url: 'u' })}\n`;
    const docs = parseFile('c.jsonl', jsonl, {
      htmlToArticle: () => ({ title: 'From HTML', text: 'Parsed.' }),
    });
    expect(docs[0]).toMatchObject({ title: 'From HTML', text: 'Parsed.', url: 'u' });
  });

  it('names the file in its errors', () => {
    expect(() => parseFile('bad.jsonl', '{oops')).toThrow(/bad\.jsonl:1/);
    expect(() => parseFile('page.html', '<p>x</p>')).toThrow(/page\.html/);
    expect(() => parseFile('x.pdf', '')).toThrow(/x\.pdf/);
  });
});
