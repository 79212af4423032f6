import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/importers/formats/feed';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Example News</title>
    <language>en-gb</language>
    <item>
      <title>Kim &amp; Shoigu meet</title>
      <link>https://example.org/kim</link>
      <pubDate>Wed, 13 Sep 2023 10:00:00 GMT</pubDate>
      <description>Short summary.</description>
      <content:encoded><![CDATA[<p>Kim Jong Un met Sergei Shoigu.</p><p>They inspected bombers.</p>]]></content:encoded>
    </item>
    <item>
      <title>Only a description</title>
      <description>&lt;p&gt;The council met on Tuesday.&lt;/p&gt;</description>
    </item>
    <item><title>Nothing here</title></item>
  </channel>
</rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk">
  <title>Приклад</title>
  <entry>
    <title type="html">Зустріч &lt;b&gt;у Києві&lt;/b&gt;</title>
    <link rel="alternate" href="https://example.org/uk/1"/>
    <published>2023-09-13T10:00:00Z</published>
    <content type="html">&lt;p&gt;Перший абзац.&lt;/p&gt;&lt;p&gt;Другий &amp;amp; третій.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>XHTML</title>
    <link href="https://example.org/uk/2"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Один.</p><p>Два.</p></div></content>
  </entry>
  <entry>
    <title>Summary only</title>
    <updated>2023-09-14T00:00:00Z</updated>
    <summary>Plain &amp; simple.</summary>
  </entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 items with full content, the channel as outlet, and reports empty items', () => {
    const { documents, problems } = parseFeed(rss, 'feed.xml');
    expect(documents).toEqual([
      {
        title: 'Kim & Shoigu meet',
        text: 'Kim Jong Un met Sergei Shoigu.\n\nThey inspected bombers.',
        url: 'https://example.org/kim',
        outlet: 'Example News',
        published: 'Wed, 13 Sep 2023 10:00:00 GMT',
        language: 'en-gb',
        file: 'feed.xml',
      },
      expect.objectContaining({ title: 'Only a description', text: 'The council met on Tuesday.' }),
    ]);
    expect(problems).toEqual([{ file: 'feed.xml, item 3', reason: 'no text in this item' }]);
  });

  it('reads Atom entries with html, xhtml and text content', () => {
    const { documents, problems } = parseFeed(atom, 'feed.atom');
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      {
        title: 'Зустріч у Києві',
        text: 'Перший абзац.\n\nДругий & третій.',
        url: 'https://example.org/uk/1',
        outlet: 'Приклад',
        published: '2023-09-13T10:00:00Z',
        language: 'uk',
        file: 'feed.atom',
      },
      expect.objectContaining({
        title: 'XHTML',
        text: 'Один.\n\nДва.',
        url: 'https://example.org/uk/2',
      }),
      expect.objectContaining({ text: 'Plain & simple.', published: '2023-09-14T00:00:00Z' }),
    ]);
  });

  it('refuses an entity-expansion bomb quickly, without expanding it', () => {
    const levels = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]>
      <rss><channel><title>x</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`;
    const started = performance.now();
    expect(() => parseFeed(bomb, 'bomb.xml')).toThrow(/declares XML entities/);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses malformed XML and XML that is not a feed', () => {
    expect(() => parseFeed('<rss><channel><item><title>x</item></rss>', 'broken.xml')).toThrow(
      /not a valid feed/,
    );
    expect(() => parseFeed('<catalog><book/></catalog>', 'books.xml')).toThrow(
      /not an RSS or Atom feed/,
    );
  });
});
