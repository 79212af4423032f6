import { errorMessage } from '../../core';
import { XMLParser } from 'fast-xml-parser';
import type { RawDocument } from '../../core';
import { ImportError } from './errors';
import { decodeEntity, stripHtml } from './html-text';
import type { HtmlTools, ImportProblem, ParsedFile } from './types';

// Feeds never need DTD entities, and a DOCTYPE that declares them is how entity-expansion bombs
// ("billion laughs") arrive: such a feed is refused outright, before the parser sees it. The
// parser's own expansion limits stay on as a second guard.
const DECLARES_ENTITIES = /<!ENTITY/i;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // Items, entries and Atom links repeat; a lone one must still come back as a list.
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // Atom content may be XHTML markup, which the parser would otherwise take apart: keep it raw.
  stopNodes: ['*.entry.content', '*.entry.summary'],
  processEntities: {
    maxEntityCount: 0,
    maxTotalExpansions: 10_000,
    maxExpandedLength: 1_000_000,
  },
  parseTagValue: false,
  trimValues: true,
});

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** The text of an element that may carry attributes (then its text is under '#text'). */
function text(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.trim() || null;
  if (isNode(first) && typeof first['#text'] === 'string') return first['#text'].trim() || null;
  return null;
}

/** True when the bytes look like an RSS, RDF or Atom document (for files named .xml or nothing). */
export function looksLikeFeed(content: string): boolean {
  const head = content.slice(0, 2000);
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom: each item or entry becomes a document, with the item's full
 * content (content:encoded, Atom content) where present, else its description or summary. The
 * channel or feed title is the outlet unless the item names its own source.
 */
export function parseFeed(content: string, file: string, tools: HtmlTools = {}): ParsedFile {
  if (DECLARES_ENTITIES.test(content.slice(0, 64 * 1024))) {
    throw new ImportError('the feed declares XML entities (refused: entity expansion attack risk)');
  }
  let root: Node;
  try {
    root = parser.parse(content, true) as Node;
  } catch (error) {
    throw new ImportError(`not a valid feed: ${feedReason(errorMessage(error))}`);
  }
  const toText = tools.htmlToText ?? stripHtml;
  const rss = isNode(root.rss) ? root.rss : isNode(root['rdf:RDF']) ? root['rdf:RDF'] : null;
  if (rss) {
    const channel = isNode(rss.channel) ? rss.channel : (list(rss.channel)[0] as Node | undefined);
    const items = list(channel?.item ?? rss.item);
    const outlet = text(channel?.title);
    const language = text(channel?.language);
    return collect(items, file, 'item', (item) => rssItem(item, outlet, language, file, toText));
  }
  if (isNode(root.feed)) {
    const feed = root.feed;
    const outlet = text(feed.title);
    const language = typeof feed['@xml:lang'] === 'string' ? feed['@xml:lang'] : null;
    return collect(list(feed.entry), file, 'entry', (entry) =>
      atomEntry(entry, outlet, language, file, toText),
    );
  }
  throw new ImportError('not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)');
}

/** The XML parser's complaint in the reader's words, with the line it names when it names one
 *  (its own messages quote its internal state: "Invalid '[ \"rss\", … ]' found.:1:1"). */
function feedReason(message: string): string {
  const line = /:(\d+):\d+$/.exec(message)?.[1];
  const where = line ? ` (near line ${line})` : '';
  if (/unclosed|closing tag|not closed|expected closing|Invalid '\[/i.test(message)) {
    return `the XML is cut short or a tag is not closed${where}`;
  }
  return `the XML is malformed${where}`;
}

function collect(
  items: unknown[],
  file: string,
  kind: string,
  toDocument: (item: Node) => RawDocument | null,
): ParsedFile {
  const documents: RawDocument[] = [];
  const places: string[] = [];
  const problems: ImportProblem[] = [];
  items.forEach((item, i) => {
    const document = isNode(item) ? toDocument(item) : null;
    if (document) {
      documents.push(document);
      places.push(`${kind} ${i + 1}`);
    } else problems.push({ file: `${file}, ${kind} ${i + 1}`, reason: `no text in this ${kind}` });
  });
  if (items.length === 0) throw new ImportError(`the feed has no ${kind}s`);
  return { documents, places, problems };
}

function rssItem(
  item: Node,
  outlet: string | null,
  language: string | null,
  file: string,
  toText: (html: string) => string,
): RawDocument | null {
  const html = text(item['content:encoded']) ?? text(item.description);
  const body = html ? toText(html) : '';
  if (!body.trim()) return null;
  const link = text(item.link) ?? text(item.guid);
  return {
    title: text(item.title) ?? body.split('\n')[0]?.slice(0, 120) ?? file,
    text: body,
    url: link && /^https?:\/\//i.test(link) ? link : null,
    outlet: text(item.source) ?? outlet,
    published: text(item.pubDate) ?? text(item['dc:date']),
    language: text(item['dc:language']) ?? language,
    file,
  };
}

function atomEntry(
  entry: Node,
  outlet: string | null,
  language: string | null,
  file: string,
  toText: (html: string) => string,
): RawDocument | null {
  const content = entry.content ?? entry.summary;
  const raw = text(content);
  const type = isNode(content) ? content['@type'] : undefined;
  const body = raw ? atomText(raw, type, toText) : '';
  if (!body.trim()) return null;
  const links = list(entry.link).filter(isNode);
  const alternate = links.find((link) => (link['@rel'] ?? 'alternate') === 'alternate') ?? links[0];
  const href = alternate?.['@href'];
  const source = isNode(entry.source) ? text(entry.source.title) : null;
  const title = text(entry.title);
  const titleType = isNode(entry.title) ? entry.title['@type'] : undefined;
  return {
    title:
      (title && titleType === 'html' ? stripHtml(title) : title) ??
      body.split('\n')[0]?.slice(0, 120) ??
      file,
    text: body,
    url: typeof href === 'string' ? href : null,
    outlet: source ?? outlet,
    published: text(entry.published) ?? text(entry.updated),
    language: typeof entry['@xml:lang'] === 'string' ? entry['@xml:lang'] : language,
    file,
  };
}

/** Atom content kept raw by the parser (stopNodes): CDATA sections are literal, the rest still
 *  has its XML escapes. Type "text" (the default) is plain text; "html" and "xhtml" are markup. */
function atomText(raw: string, type: unknown, toText: (html: string) => string): string {
  const unescaped =
    type === 'xhtml'
      ? raw
      : raw
          .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
          .map((part) =>
            part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlEscapes(part),
          )
          .join('');
  return type === 'html' || type === 'xhtml' ? toText(unescaped) : unescaped.trim();
}

const XML_ESCAPES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const decodeXmlEscapes = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) =>
    decodeEntity(whole, name, XML_ESCAPES),
  );
