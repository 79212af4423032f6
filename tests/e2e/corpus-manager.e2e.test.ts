// The corpus page end to end in Debian's Chromium: a whole folder (the 2,095 BBC articles in
// ../shared/corpora/bbc-2095) imported through the folder picker with the progress bar running to
// the end, a folder of good and bad files with every failure named, browsing, outlet rename,
// export to .jsonl, delete all, and re-import of the export to the same corpus.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { builtExtension, repoRoot } from './support/paths';

const optionsPath = 'src/options/index.html';
const bbcFolder = resolve(repoRoot, '..', 'shared', 'corpora', 'bbc-2095');
// The page updates after IndexedDB work on thousands of documents: give it time on a busy machine.
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000 });
const STATUS_DONE = /^Imported (\d+) documents \((\d+) duplicates, (\d+) failed\)$/;

describe('Chromium: the corpus manager', () => {
  let browser: ChromiumSession;
  let page: Page;
  let work: string;
  let bbc = { added: 0, duplicates: 0, sentences: 0 };

  const totals = async () => ((await page.getByTestId('corpus-totals').textContent()) ?? '').trim();
  const status = async () => ((await page.getByTestId('import-status').textContent()) ?? '').trim();
  const waitForImport = async (timeout = 120_000) => {
    await page.waitForSelector('[data-testid=import-progress][data-state=done]', { timeout });
    const match = STATUS_DONE.exec(await status());
    if (!match) throw new Error(`unexpected import status: ${await status()}`);
    return { added: Number(match[1]), duplicates: Number(match[2]), failed: Number(match[3]) };
  };
  const counts = (text: string) => {
    const match = /^(\d+) documents · (\d+) sentences/.exec(text);
    return { documents: Number(match?.[1] ?? -1), sentences: Number(match?.[2] ?? -1) };
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'crosscheck-corpus-e2e-'));
    browser = await launchChromium({ extensionDir: builtExtension('chrome-e2e'), offline: true });
    page = await browser.context.newPage();
    // Destructive actions ask first; the test says yes.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(browser.extensionUrl(optionsPath));
  });

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('imports the 2,095-article BBC folder through the folder picker in seconds', async () => {
    await poll(totals).toMatch(/^0 documents · 0 sentences/);
    const started = Date.now();
    await page.getByTestId('import-folder').setInputFiles(bbcFolder);
    // The progress bar is shown while the import runs, then reaches its end.
    await page.waitForSelector('[data-testid=import-progress]', { timeout: 10_000 });
    const result = await waitForImport();
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

  it('imports a folder of mixed formats, keeping every good file and naming every bad one', async () => {
    await poll(totals).toMatch(/^\d+ documents/);
    if (counts(await totals()).documents > 0) await page.getByTestId('delete-all').click();
    await poll(totals).toMatch(/^0 documents/);
    const folder = join(work, 'mixed');
    mkdirSync(folder);
    const story = (n: number) =>
      `Council approves budget ${n}\n\nThe council approved budget number ${n} on Tuesday after a long debate.`;
    writeFileSync(join(folder, 'one.txt'), story(1));
    writeFileSync(
      join(folder, 'page.html'),
      `<!doctype html><html lang="en"><head><title>Harbour reopens</title>
       <meta property="og:site_name" content="Port Gazette"></head><body><article><h1>Harbour reopens</h1>
       <p>The harbour reopened on Monday after three weeks of repairs to the main pier, the port authority said.</p>
       <p>Ferries to the islands will run on the summer timetable from Wednesday, and cargo traffic resumes next week.</p>
       <p>The repairs cost 2.4 million euros, paid for by the regional government and the port's own reserves.</p>
       </article></body></html>`,
    );
    writeFileSync(
      join(folder, 'wire.jsonl'),
      `${JSON.stringify({ title: 'Wire one', text: 'The central bank held rates at 4 percent on Thursday.', outlet: 'Wire' })}\n{broken\n`,
    );
    writeFileSync(
      join(folder, 'table.csv'),
      'title,text,url\nRow one,The museum opened a new wing on Friday.,https://www.museum.example/a\nRow two,too,many,columns\n',
    );
    writeFileSync(
      join(folder, 'feed.xml'),
      '<rss><channel><title>Feed Daily</title><item><title>Item</title><description>The bridge closed for inspection on Sunday night.</description></item></channel></rss>',
    );
    writeFileSync(
      join(folder, 'bundle.zip'),
      zipSync({ 'two.txt': new TextEncoder().encode(story(2)) }),
    );
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(folder, 'notes.docx'), 'not really a docx');

    await page.getByTestId('import-folder').setInputFiles(folder);
    const result = await waitForImport();
    const failures = ((await page.getByTestId('import-failures').textContent()) ?? '').replace(
      /\s+/g,
      ' ',
    );
    expect(failures).toContain('mixed/wire.jsonl: not valid JSON at line 2');
    expect(failures).toContain('table.csv, line 3: 4 columns where the header has 3');
    expect(failures).toContain('mixed/empty.txt: empty file');
    expect(failures).toContain('mixed/image.txt: not a text file (binary content)');
    expect(failures).toContain('mixed/notes.docx: unsupported file type');
    // A JSON Lines file with a broken line fails whole (naming the line); the rest are kept.
    expect(result).toEqual({ added: 5, duplicates: 0, failed: 5 });
    const outlets = ((await page.getByTestId('outlets').textContent()) ?? '').replace(/\s+/g, ' ');
    for (const outlet of ['Port Gazette', 'museum.example', 'Feed Daily', 'mixed']) {
      expect(outlets).toContain(outlet);
    }
  });

  it('deletes one outlet, and then single documents', async () => {
    const before = counts(await totals()).documents;
    await page
      .locator('[data-testid=outlet][data-outlet="Feed Daily"] [data-testid=outlet-delete]')
      .click();
    await poll(async () => counts(await totals()).documents).toBe(before - 1);
    await page.getByTestId('document-row').first().getByRole('button').click();
    await poll(async () => counts(await totals()).documents).toBe(before - 2);
    expect(browser.pageErrors).toEqual([]);
  });
});
