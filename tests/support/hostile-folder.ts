// A corpus folder with every kind of bad input a reader's folder may hold, beside good files of
// each format: what tests/importers/hostile-input.test.ts imports through the CLI and through the
// corpus page's import path, expecting the same outcome for each file from both.
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const utf8 = (text: string) => new TextEncoder().encode(text);
const story = (subject: string) =>
  `${subject} approves budget\n\nThe council of ${subject} approved the new budget on Tuesday after a long debate.`;

/** File name (relative, "/" separated) → content. */
export function hostileFiles(): Record<string, Uint8Array> {
  const jsonl = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n');
  const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode(story('Leeds'), 'utf16le')]);
  return {
    'good/a.txt': utf8(story('York')),
    'good/b.md': utf8(`# ${story('Bristol')}`),
    'good/records.jsonl': utf8(
      jsonl([
        { title: 'Bath', text: 'The council of Bath approved a bridge on Friday.', outlet: 'Wire' },
        { title: 'Hull', text: 'The council of Hull approved a school on Monday.' },
      ]),
    ),
    'good/table.csv': utf8(
      'title,text,url\nDerby,"The council of Derby approved a park on Sunday.",https://example.org/derby\n',
    ),
    'good/feed.xml': utf8(
      '<rss><channel><title>Feed</title><item><title>Ely</title><description>The council of Ely approved a road on Monday.</description></item></channel></rss>',
    ),
    'good/feed.atom': utf8(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><entry><title>Wells</title><link href="javascript:alert(1)"/><content>The council of Wells approved a library on Monday.</content></entry></feed>',
    ),
    'good/page.html': utf8(
      `<!doctype html><html lang="en"><head><title>Truro votes</title></head><body><article><h1>Truro votes</h1>${'<p>The council of Truro approved the harbour plan on Tuesday after residents had asked for it for years.</p>'.repeat(4)}</article></body></html>`,
    ),
    'encodings/utf16.txt': utf16,
    'encodings/latin1.txt': iconv.encode(
      'Le café ferme\n\nLe café de la gare a fermé ses portes après quarante années, a déclaré le maire mardi.',
      'latin1',
    ),
    'encodings/cp1251.txt': iconv.encode(
      'Бюджет ухвалено\n\nУряд України оголосив про нові заходи підтримки економіки у вівторок, повідомило агентство Укрінформ.',
      'windows-1251',
    ),
    'bad/bad-json.json': utf8('{"title": "Broken", "text": '),
    'bad/no-article.html': utf8(
      '<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>',
    ),
    'bad/frameset.html': utf8(
      '<!doctype html><html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
    ),
    'bad/deep.html': utf8(
      `<!doctype html><html><body>${'<div>'.repeat(20_000)}deep text${'</div>'.repeat(20_000)}</body></html>`,
    ),
    'bad/bom-lines.jsonl': utf8(
      `\uFEFF${jsonl([{ title: 'Kent', text: 'The council of Kent approved a bus lane on Monday.' }])}\n{oops\n`,
    ),
    'bad/partial.csv': utf8(
      'title,text\nDover,"The council of Dover approved a ferry plan on Monday."\nBroken,"an unclosed quote,x\n',
    ),
    'bad/mixed.json': utf8(
      JSON.stringify([
        { title: 'Ripon', text: 'The council of Ripon approved a market on Monday.' },
        'a string',
        42,
        null,
        { title: 'No text' },
      ]),
    ),
    'bad/bad-date.json': utf8(
      JSON.stringify({
        title: 'Lincoln',
        text: 'The council of Lincoln approved a museum on Monday.',
        published: '2023-58-16',
        url: 'javascript:alert(document.cookie)',
      }),
    ),
    'bad/long-title.txt': utf8(`${'Title '.repeat(20_000)}`),
    'bad/one-line.txt': utf8(`Long\n\n${'x'.repeat(1_000_000)}`),
    'bad/controls.txt': utf8(
      `Bell \u0007 and \u001b[31mred\u001b[0m title\n\nThe council of Poole approved a \u0008\u0008 pier on Monday \u202e. ${'The council of Poole met again on Tuesday to discuss the harbour and the new pier. '.repeat(4)}`,
    ),
    'bad/empty.txt': new Uint8Array(0),
    'bad/binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]),
    'bad/truncated.rss': utf8('<rss><channel><title>Cut</title><item><title>T</title><descr'),
    'bad/fake.docx': zipSync({ 'word/document.xml': utf8('<w:document/>') }),
    'bad/README': utf8('Notes about this folder, not an article.'),
    'bad/archive.zip': zipSync({
      'inner/ok.txt': utf8(story('Leek')),
      '../escape.txt': utf8(story('Escape')),
      '.hidden.txt': utf8(story('Hidden')),
    }),
  };
}

/** Writes hostileFiles() under `folder`. */
export function writeHostileFolder(folder: string): void {
  for (const [name, bytes] of Object.entries(hostileFiles())) {
    const path = join(folder, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
}
