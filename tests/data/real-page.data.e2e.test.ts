// A long real news page (Mozilla Readability's test page nytimes-5, from ../shared/devdata/
// readability) checked in Debian's Chromium against the sample corpus: the popup finishes, the page
// carries highlights, the popup says the corpus has nothing on the story, and the long tasks on the page during the check stay short (figures in
// artifacts/e2e/long-tasks-real-page.json). The sample article is measured the same way in
// tests/e2e/reading-experience.e2e.test.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { popupSettled, readHighlights, readPopup } from '../e2e/support/article';
import { launchChromium, type ChromiumSession } from '../e2e/support/chromium';
import { optionsPath, popupPath, tabIdsShowing } from '../e2e/support/extension-api';
import { expectLongTaskRecorderWorks, summarizeLongTasks } from '../e2e/support/long-tasks';
import { readLongTasks, recordLongTasks } from '../e2e/support/page-probes';
import { artifactsDir, builtExtension, sampleCorpusFiles } from '../e2e/support/paths';
import { defaultMounts, startServer, type SampleServer } from '../e2e/support/server';
import { expectConsistentCounts, readTrust } from '../e2e/support/trust-popup';
import { sharedPath } from './shared';

const REAL_PAGE = '/devdata/nytimes-5/source.html';
const readability = sharedPath('devdata/readability');

describe('Chromium: a real news page checked against the sample corpus', () => {
  let server: SampleServer;
  let browser: ChromiumSession;

  beforeAll(async () => {
    server = await startServer({ mounts: { ...defaultMounts, '/devdata/': readability } });
    browser = await launchChromium({ extensionDir: builtExtension('chrome-e2e'), offline: true });
    // The real page's own images, fonts and scripts point elsewhere: refuse them before they start.
    await browser.context.route(
      (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports the sample corpus', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl(optionsPath));
    await options.getByTestId('import-files').setInputFiles(sampleCorpusFiles());
    await expect
      .poll(async () => options.getByTestId('import-status').textContent(), { timeout: 30_000 })
      .toMatch(/Imported 5 documents \(0 duplicates, 0 failed\)/);
    await options.close();
  });

  it('long tasks on the page while it is checked stay short, and the recorder sees a busy task', async () => {
    const url = server.url(REAL_PAGE);
    const page = await browser.context.newPage();
    await page.addInitScript(recordLongTasks);
    expect((await page.goto(url))?.status()).toBe(200);
    const [tabId] = await browser.worker.evaluate(tabIdsShowing, url);
    expect(tabId).toBeDefined();

    const start = await page.evaluate(() => performance.now());
    const popup = await browser.context.newPage();
    await page.bringToFront();
    await popup.goto(`${browser.extensionUrl(popupPath)}?tabId=${tabId}`);
    await popup.waitForSelector(popupSettled, { timeout: 60_000 });
    const shown = await popup.evaluate(readPopup);
    expect(shown.state, shown.stateText).toBe('done');
    await expect
      .poll(async () => (await page.evaluate(readHighlights)).uncorroboratedRanges, {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    const end = await page.evaluate(() => performance.now());
    const record = await page.evaluate(readLongTasks);
    expect(record?.supported).toContain('longtask');
    if (!record) return;
    const summary = summarizeLongTasks(REAL_PAGE, record, { start, end }, shown.claims.length);
    writeFileSync(
      join(artifactsDir(), 'long-tasks-real-page.json'),
      JSON.stringify(summary, null, 2),
    );
    console.log('long tasks:', JSON.stringify(summary));
    // A New York Times story has nothing to do with the sample corpus's: the headline says so, in
    // grey, above claims that are uncorroborated for want of coverage.
    const view = await popup.evaluate(readTrust);
    expect(view.coverage?.covered).toBe('false');
    expectConsistentCounts(view, 5);
    await popup.screenshot({ path: join(artifactsDir(), 'trust-real-page-not-covered.png') });
    await popup.close();

    await expectLongTaskRecorderWorks(page);
    expect(summary.duringCheck.longestMs).toBeLessThan(1_000);
    await page.close();
  });
});
