import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedArticle } from '../importers';

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td';

/** Readability over linkedom for Node. Paragraphs are kept as blank-line-separated blocks, because
 *  sentence splitting treats a paragraph break as a sentence end. */
export function htmlToArticle(html: string): ExtractedArticle | null {
  const { document } = parseHTML(html);
  const language = document.documentElement.getAttribute('lang');
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) return null;
  const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
  const blocks = [...content.querySelectorAll(BLOCKS)]
    .filter((element) => !element.querySelector(BLOCKS))
    .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length ? blocks.join('\n\n') : (article.textContent ?? '');
  return { title: article.title ?? '', text, language: article.lang ?? language };
}
