// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTextFromHtml } from '../../src/dom/article-text';
import { extractArticle, extractSelection } from '../../src/content/extract';

// Tests run from the repository root.
const sampleArticle = readFileSync(resolve('samples/article.html'), 'utf8');

describe('extractArticle', () => {
  it('reads the sample article without its navigation, ads or footer', () => {
    document.documentElement.innerHTML = sampleArticle.replace(/^<!doctype html>/i, '');
    const article = extractArticle(document, 'http://127.0.0.1/article.html');
    expect(article?.title).toMatch(/Kim and Shoigu/);
    expect(article?.text).toContain('nuclear-capable strategic bombers');
    expect(article?.text).not.toMatch(/Most read|Advertise with/);
    // Paragraphs stay apart, so no sentence runs across two of them.
    expect(article?.text.split('\n\n').length).toBeGreaterThan(5);
  });

  it('does not touch the live page', () => {
    document.documentElement.innerHTML = sampleArticle.replace(/^<!doctype html>/i, '');
    const before = document.documentElement.outerHTML;
    extractArticle(document, 'http://127.0.0.1/article.html');
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('gives up on a page that is not an article', () => {
    document.body.innerHTML = '<nav><a href="/">Home</a></nav><p>Short.</p>';
    expect(extractArticle(document, 'http://127.0.0.1/')).toBeNull();
  });
});

describe('extractSelection', () => {
  it('takes the selected text as the article', () => {
    document.body.innerHTML = '<p id="p">Kim met Putin on Wednesday.</p>';
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p') as HTMLElement);
    document.getSelection()?.addRange(range);
    expect(extractSelection(document, 'http://x/')).toMatchObject({
      text: 'Kim met Putin on Wednesday.',
      source: 'selection',
    });
  });
});

describe('articleTextFromHtml', () => {
  it('keeps one paragraph per innermost block and folds whitespace', () => {
    expect(
      articleTextFromHtml(
        '<div><p>One   two.</p><ul><li><p>Three.</p></li><li>Four.</li></ul></div>',
        document,
      ),
    ).toBe('One two.\n\nThree.\n\nFour.');
  });

  it('runs nothing from the article while reading it', () => {
    const text = articleTextFromHtml(
      '<p>Safe text.<img src="x" onerror="globalThis.hacked = true"><script>globalThis.hacked = true</script></p>',
      document,
    );
    expect(text).toBe('Safe text.');
    expect((globalThis as { hacked?: boolean }).hacked).toBeUndefined();
  });
});
