// Hostile corpus text on the corpus page in Chromium: records whose links are "javascript:",
// a title and a file name holding U+202E (right-to-left override), and a 50,000-letter word. No
// such link becomes a link, the override reverses nothing outside its own title or name, and the
// page is no wider than the window. Screenshot: artifacts/hostile-corpus-page.png.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openCorpusManager, poll } from './support/corpus-page';
import { expectLongTaskRecorderWorks } from './support/long-tasks';
import { readLongTasks, recordLongTasks } from './support/page-probes';
import { artifactsDir } from './support/paths';
import { writeHostileFolder } from '../support/hostile-folder';

const RLO = '\u202e';

describe('Chromium: hostile text on the corpus page', () => {
  it('imports the folder of every bad input with no main-thread task over 100 ms', async () => {
    const { page, work, waitForImport, emptyCorpus, close } = await openCorpusManager();
    try {
      await emptyCorpus();
      const folder = join(work, 'every-bad-input');
      writeHostileFolder(folder);
      await page.evaluate(recordLongTasks);
      await expectLongTaskRecorderWorks(page);
      const start = await page.evaluate(() => performance.now());
      await page.getByTestId('import-folder').setInputFiles(folder);
      const result = await waitForImport();
      const end = await page.evaluate(() => performance.now());
      const tasks = ((await page.evaluate(readLongTasks))?.longTasks ?? []).filter(
        (task) => task.startTime >= start && task.startTime <= end,
      );
      const longest = Math.round(Math.max(0, ...tasks.map((task) => task.duration)));
      writeFileSync(
        join(artifactsDir(), 'hostile-import-long-tasks.json'),
        JSON.stringify({ result, importMs: Math.round(end - start), longest, tasks }, null, 2),
      );
      expect(result.added).toBeGreaterThan(10);
      expect(longest).toBeLessThanOrEqual(100);
    } finally {
      await close();
    }
  });

  it('shows hostile titles, names and links safely', async () => {
    const { page, work, waitForImport, emptyCorpus, close } = await openCorpusManager();
    try {
      await showsHostileTextSafely(page, work, waitForImport, emptyCorpus);
    } finally {
      await close();
    }
  });
});

async function showsHostileTextSafely(
  page: Page,
  work: string,
  waitForImport: () => Promise<{ added: number; duplicates: number; failed: number }>,
  emptyCorpus: () => Promise<void>,
) {
  await emptyCorpus();
  const folder = join(work, 'hostile');
  mkdirSync(folder);
  const records = [
    {
      title: `Council ${RLO}exe.story votes`,
      text: 'The council approved the new harbour budget on Tuesday after a long debate.',
      url: 'javascript:alert(document.domain)',
      outlet: `Gazette ${RLO}evil`,
    },
    {
      title: `W${'a'.repeat(50_000)}`,
      text: `The mayor opened the bridge on Monday after two years of work.\n\nW${'a'.repeat(50_000)}`,
      url: 'data:text/html,<script>alert(1)</script>',
    },
    {
      title: 'Ordinary record',
      text: 'The museum opened a new wing on Friday with three hundred visitors.',
      url: 'https://museum.example/wing',
    },
  ];
  writeFileSync(join(folder, 'records.jsonl'), records.map((r) => JSON.stringify(r)).join('\n'));
  writeFileSync(
    join(folder, `notes${RLO}txt.md`),
    'Notes on the ferry\n\nThe ferry to the islands returns to the summer timetable on Wednesday.',
  );
  await page.getByTestId('import-folder').setInputFiles(folder);
  expect(await waitForImport()).toEqual({ added: 4, duplicates: 0, failed: 0 });
  await poll(async () => page.getByTestId('document-row').count()).toBe(4);

  const hrefs = await page.$$eval('a[href]', (links) =>
    links.map((link) => link.getAttribute('href') ?? ''),
  );
  expect(hrefs.filter((href) => !/^https?:/i.test(href))).toEqual([]);
  expect(hrefs).toContain('https://museum.example/wing');
  const warnings = ((await page.getByTestId('import-warnings').textContent()) ?? '').replace(
    /\s+/g,
    ' ',
  );
  expect(warnings).toContain('is not a web (http or https) address');

  // The override is confined to its <bdi>: what follows it on the line (the file name) is
  // laid out after it, left to right, not pulled into the reversed run.
  const row = page.getByTestId('document-row').filter({ hasText: 'votes' });
  const title = await row.locator('td.title > a, td.title > bdi').first().boundingBox();
  const file = await row.locator('bdi.file').boundingBox();
  expect(title && file).toBeTruthy();
  if (title && file) expect(file.x).toBeGreaterThanOrEqual(title.x + title.width - 1);
  const isolated = await row
    .locator('td.title bdi')
    .first()
    .evaluate((element) => ({
      bidi: getComputedStyle(element).unicodeBidi,
      dir: element.getAttribute('dir'),
    }));
  expect(isolated).toEqual({ bidi: 'isolate', dir: 'auto' });

  const width = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: window.innerWidth,
  }));
  expect(width.page).toBeLessThanOrEqual(width.window);
  await page.screenshot({
    path: join(artifactsDir(), 'hostile-corpus-page.png'),
    fullPage: true,
  });
}
