import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/importers/formats/csv';

describe('parseCsv', () => {
  it('maps columns by header name, in any order and case, with quoted multi-line Cyrillic cells', () => {
    const csv = [
      'Published,Headline,URL,Body,Source,Lang',
      '2023-09-13,"Кім у Владивостоці","https://example.org/a","Перший абзац.\n\nДругий абзац, з комою.",Укрінформ,uk',
      '2023-09-14,Second,,Plain text body.,,',
    ].join('\r\n');
    const { documents, problems } = parseCsv(csv, 'news.csv');
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      {
        title: 'Кім у Владивостоці',
        text: 'Перший абзац.\n\nДругий абзац, з комою.',
        url: 'https://example.org/a',
        outlet: 'Укрінформ',
        published: '2023-09-13',
        language: 'uk',
        file: 'news.csv',
      },
      {
        title: 'Second',
        text: 'Plain text body.',
        url: null,
        outlet: null,
        published: '2023-09-14',
        language: null,
        file: 'news.csv',
      },
    ]);
  });

  it('skips and reports rows with the wrong number of columns, keeping the good rows', () => {
    const csv =
      'title,text,outlet\nA,First text.,X\nB,Second text.\nC,Third text.,Z,extra\nD,Fourth text.,W\n';
    const { documents, problems } = parseCsv(csv, 'bad.csv');
    expect(documents.map((d) => d.title)).toEqual(['A', 'D']);
    expect(problems).toEqual([
      { file: 'bad.csv, line 3', reason: '2 columns where the header has 3' },
      { file: 'bad.csv, line 4', reason: '4 columns where the header has 3' },
    ]);
  });

  it('reports rows without text', () => {
    const { documents, problems } = parseCsv('title,text\nA,\nB,Body.', 'gaps.csv');
    expect(documents).toHaveLength(1);
    expect(problems).toEqual([{ file: 'gaps.csv, line 2', reason: 'no text in this row' }]);
  });

  it('refuses a file whose header has no text or html column', () => {
    expect(() => parseCsv('id,score\n1,2\n', 'scores.csv')).toThrow(/no text column/);
  });

  it('reads an html column through the page parser it is given', () => {
    const { documents } = parseCsv('title,html\nA,"<p>Hello there.</p>"', 'h.csv', {
      htmlToText: (html) => html.replace(/<[^>]+>/g, ''),
    });
    expect(documents[0]?.text).toBe('Hello there.');
  });
});
