// The corpus page end to end in Debian's Chromium: a folder of good and bad files imported through
// the folder picker with every failure named, outlets, and deleting an outlet and single documents.
// The 2,095-article BBC folder (import, browsing, outlet rename, export, delete all, re-import of the
// export) needs ../shared and runs in the data suite: tests/data/corpus-manager.data.e2e.test.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumSession } from './support/chromium';
import { counts, openCorpusManager, poll } from './support/corpus-page';

describe('Chromium: the corpus manager', () => {
  let browser: ChromiumSession;
  let page: Page;
  let work: string;
  let totals: () => Promise<string>;
  let waitForImport: (
    timeout?: number,
  ) => Promise<{ added: number; duplicates: number; failed: number }>;
  let close: () => Promise<void>;
  let emptyCorpus: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, page, work, totals, waitForImport, close, emptyCorpus } =
      await openCorpusManager());
  });

  afterAll(async () => {
    await close?.();
  });

  it('imports a folder of mixed formats, keeping every good file and naming every bad one', async () => {
    await emptyCorpus();
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
    expect(failures).toContain('mixed/wire.jsonl, line 2: not valid JSON');
    expect(failures).toContain('table.csv, line 3: 4 columns where the header has 3');
    expect(failures).toContain('mixed/empty.txt: empty file');
    expect(failures).toContain('mixed/image.txt: not a text file (binary content)');
    expect(failures).toContain('mixed/notes.docx: unsupported file type');
    // A JSON Lines file with a broken line keeps its good lines and names the bad one.
    expect(result).toEqual({ added: 6, duplicates: 0, failed: 5 });
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
