// Share of extracted sentences that map back onto the live DOM, over the real pages of Mozilla
// Readability's test suite (../shared/devdata/readability). Run: npx tsx scripts/measure-mapping.ts
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { splitSentences, detectLanguage } from '../src/core';
import { extractArticle } from '../src/content/extract';
import { findSentence, readPageText } from '../src/content/text-map';

const pagesDir = resolve('../shared/devdata/readability');
if (!existsSync(pagesDir)) {
  console.error('measure-mapping: ../shared/devdata/readability is not there');
  process.exit(2);
}

interface PageRow {
  name: string;
  category: string;
}
const rows = readFileSync(resolve(pagesDir, 'pages.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as PageRow);

let sentences = 0;
let mapped = 0;
let pagesRead = 0;
const worst: { name: string; missing: number; total: number; example: string }[] = [];
for (const row of rows) {
  const html = readFileSync(resolve(pagesDir, row.name, 'source.html'), 'utf8');
  // The pages' own CSS and script errors are not what is measured here.
  const dom = new JSDOM(html, {
    url: 'http://127.0.0.1/' + row.name + '/',
    virtualConsole: new VirtualConsole(),
  });
  Object.assign(globalThis, { NodeFilter: dom.window.NodeFilter });
  const article = extractArticle(dom.window.document, dom.window.location.href);
  if (!article) continue;
  pagesRead++;
  const page = readPageText(dom.window.document.body);
  let cursor = 0;
  let missing = 0;
  let example = '';
  const spans = splitSentences(article.text, detectLanguage(article.text));
  for (const span of spans) {
    const found = findSentence(page, span.text, cursor) ?? findSentence(page, span.text, 0);
    if (found) cursor = found.end;
    else {
      missing++;
      example ||= span.text;
    }
  }
  sentences += spans.length;
  mapped += spans.length - missing;
  if (missing) worst.push({ name: row.name, missing, total: spans.length, example });
  dom.window.close();
}

console.log(
  `mapping: ${mapped}/${sentences} sentences (${((100 * mapped) / sentences).toFixed(2)} %) map back onto the live DOM, over ${pagesRead} of ${rows.length} pages Readability read`,
);
for (const page of worst.sort((a, b) => b.missing - a.missing).slice(0, 10)) {
  console.log(
    `  ${page.name}: ${page.missing}/${page.total} unmapped, e.g. ${JSON.stringify(page.example.slice(0, 120))}`,
  );
}
