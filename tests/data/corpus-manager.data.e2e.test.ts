// The corpus page end to end in Debian's Chromium on the real BBC collection (../shared/corpora/
// bbc-2095, 2,095 articles): the whole folder imported through the folder picker with the progress
// bar running to the end and its added count moving while it runs, browsing and search, outlet rename, export to .jsonl, delete all, and
// re-import of the export to the same corpus. The rest of the corpus page's tests need no outside
// data: tests/e2e/corpus-manager.e2e.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, openCorpusManager, poll } from '../e2e/support/corpus-page';
import { sharedPath } from './shared';

const bbcFolder = sharedPath('corpora/bbc-2095');

describe('Chromium: the corpus manager on the BBC collection', () => {
  let page: Page;
  let work: string;
  let totals: () => Promise<string>;
  let waitForImport: (
    timeout?: number,
  ) => Promise<{ added: number; duplicates: number; failed: number }>;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ page, work, totals, waitForImport, close } = await openCorpusManager());
  });

  afterAll(async () => {
    await close?.();
  });

  let bbc = { added: 0, duplicates: 0, sentences: 0 };

  it('imports the 2,095-article BBC folder through the folder picker in seconds', async () => {
    await poll(totals).toMatch(/^0 documents · 0 sentences/);
    const started = Date.now();
    // What the status line says while the import runs, sampled in the page every 100 ms.
    await page.evaluate(() => {
      const seen: string[] = [];
      (globalThis as { importStatuses?: string[] }).importStatuses = seen;
      const timer = setInterval(() => {
        const text = document.querySelector('[data-testid=import-status]')?.textContent ?? '';
        if (text && text !== seen.at(-1)) seen.push(text);
        if (document.querySelector('[data-testid=import-progress][data-state=done]'))
          clearInterval(timer);
      }, 100);
    });
    await page.getByTestId('import-folder').setInputFiles(bbcFolder);
    // The progress bar is shown while the import runs, then reaches its end.
    await page.waitForSelector('[data-testid=import-progress]', { timeout: 10_000 });
    const result = await waitForImport();
    // The added count moves while the import runs (it sat at "0 added" for most of it once).
    const statuses = await page.evaluate(
      () => (globalThis as { importStatuses?: string[] }).importStatuses ?? [],
    );
    const addedWhileRunning = new Set(
      statuses.flatMap((text) => {
        const match = /^Importing… .* · (\d+) added/u.exec(text);
        return match && Number(match[1]) > 0 ? [Number(match[1])] : [];
      }),
    );
    expect(addedWhileRunning.size, statuses.join('\n')).toBeGreaterThanOrEqual(3);
    expect(statuses.some((text) => / 0 s left/u.test(text) && / 0 added/u.test(text))).toBe(false);
    const seconds = (Date.now() - started) / 1000;
    console.info(
      `BBC folder: ${result.added} added, ${result.duplicates} duplicates in ${seconds.toFixed(1)} s`,
    );
    const progress = page.getByTestId('import-progress');
    expect(await progress.getAttribute('value')).toBe(await progress.getAttribute('max'));
    // 2,095 articles (some repeated word for word in the data set: those are duplicates), and the
    // folder's licence file, which has no extension and is not a feed or a page.
    expect(result.added + result.duplicates).toBe(2095);
    expect(result.failed).toBe(1);
    expect(await page.getByTestId('import-failures').textContent()).toContain(
      'bbc-2095/license: unsupported file type',
    );
    expect(seconds).toBeLessThan(60);
    await poll(totals).toMatch(new RegExp(`^${result.added} documents · \\d+ sentences`));
    bbc = { ...result, sentences: counts(await totals()).sentences };
    expect(await page.getByTestId('storage-used').textContent()).toMatch(
      / · [\d.]+ (KB|MB) stored$/,
    );
    expect(bbc.sentences).toBeGreaterThan(result.added * 5);
    // The folder's name is every document's outlet, shown with its count.
    await poll(async () => page.getByTestId('outlet').first().textContent()).toContain(
      `bbc-2095 (${result.added})`,
    );
  });

  it('pages and searches the list', async () => {
    await poll(async () => page.getByTestId('document-range').textContent()).toBe(
      `1–50 of ${bbc.added}`,
    );
    expect(await page.getByTestId('document-row').count()).toBe(50);
    await page.getByTestId('document-search').fill('mac mini');
    await poll(async () => (await page.getByTestId('document-rows').textContent()) ?? '').toContain(
      'Apple Mac mini gets warm welcome',
    );
    await page.getByTestId('document-search').fill('');
  });

  it('renames an outlet', async () => {
    await page.getByTestId('outlet-rename').first().click();
    await page.getByTestId('outlet-name').fill('BBC News');
    await page.getByTestId('outlet-save').click();
    await poll(async () => page.getByTestId('outlet').first().textContent()).toContain(
      `BBC News (${bbc.added})`,
    );
  });

  let exported = '';
  it('exports the whole corpus as .jsonl', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId('export-all').click();
    exported = join(work, (await download).suggestedFilename());
    await (await download).saveAs(exported);
    const lines = readFileSync(exported, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(bbc.added);
    const first = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(Object.keys(first).sort()).toEqual(
      ['file', 'language', 'outlet', 'published', 'text', 'title', 'url'].sort(),
    );
    expect(first.outlet).toBe('BBC News');
  });

  it('deletes everything, then re-importing the export gives the same corpus', async () => {
    await page.getByTestId('delete-all').click();
    await poll(totals).toMatch(/^0 documents · 0 sentences/);
    await page.getByTestId('import-files').setInputFiles(exported);
    const result = await waitForImport();
    expect(result).toEqual({ added: bbc.added, duplicates: 0, failed: 0 });
    await poll(totals).toMatch(new RegExp(`^${bbc.added} documents · ${bbc.sentences} sentences`));
    await poll(async () => page.getByTestId('outlet').first().textContent()).toContain(
      `BBC News (${bbc.added})`,
    );
    // The same files again are all duplicates: nothing is stored twice.
    await page.getByTestId('import-files').setInputFiles(exported);
    expect(await waitForImport()).toEqual({ added: 0, duplicates: bbc.added, failed: 0 });
  });
});
