// The walking skeleton end to end in Debian's Chromium: the e2e build of the extension (dist/chrome-e2e,
// which also holds host permission for 127.0.0.1 and localhost in place of the reader's toolbar click)
// imports the sample corpus through its options page, checks the sample article served from
// 127.0.0.1, and shows the result in the popup, on the page and on the badge. Every request the
// browser makes is recorded and checked at the end.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleTitle,
  expectedBadge,
  popupSettled,
  readHighlights,
  readPopup,
  type PopupReport,
} from './support/article';
import { launchChromium, type ChromiumSession } from './support/chromium';
import {
  expectChangedDateDiffers,
  expectHighlights,
  expectInventedSentencesUncorroborated,
  expectNoBoilerplateClaims,
  expectRealResults,
  expectSupportedSentencesSupported,
} from './support/expect-results';
import {
  badgeTextOf,
  isLocalOrExtension,
  optionsPath,
  popupPath,
  tabIdsShowing,
} from './support/extension-api';
import { netLogViolations, summarizeNetLog } from './support/netlog';
import { artifactsDir, builtExtension, sampleCorpusFiles } from './support/paths';
import { startServer, type SampleServer } from './support/server';

const totals = /^\s*5 documents · \d+ sentences\s*$/;

describe('Chromium: import, check, popup, highlights, badge', () => {
  let server: SampleServer;
  let browser: ChromiumSession;
  let articleUrl: string;
  let articlePage: Page;
  let articleTabId: number;
  let report: PopupReport;

  beforeAll(async () => {
    const extensionDir = builtExtension('chrome-e2e');
    server = await startServer();
    articleUrl = server.url('/samples/article.html');
    browser = await launchChromium({
      extensionDir,
      netLog: true,
      netLogCopy: join(artifactsDir(), 'chromium-netlog.json'),
      offline: true,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts the extension service worker', () => {
    expect(browser.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\//);
  });

  it('imports the sample corpus through the options page file input', async () => {
    const files = sampleCorpusFiles();
    expect(files).toHaveLength(1);
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl(optionsPath));
    await options.locator('input[type=file][data-testid=import-files]').setInputFiles(files);
    await expect
      .poll(async () => options.getByTestId('import-status').textContent(), { timeout: 30_000 })
      .toMatch(/Imported 5 documents \(0 duplicates, 0 failed\)/);
    await expect
      .poll(async () => options.getByTestId('corpus-totals').textContent(), { timeout: 10_000 })
      .toMatch(totals);

    // Another load of the page reads the stored corpus back (IndexedDB, not page state).
    await options.reload();
    await expect
      .poll(async () => options.getByTestId('corpus-totals').textContent(), { timeout: 10_000 })
      .toMatch(totals);
    await options.close();
  });

  it('opens the sample article from the local server', async () => {
    articlePage = await browser.context.newPage();
    const response = await articlePage.goto(articleUrl);
    expect(response?.status()).toBe(200);
    await expect(articlePage.title()).resolves.toContain(articleTitle);
    const tabIds = await browser.worker.evaluate(tabIdsShowing, articleUrl);
    expect(tabIds).toHaveLength(1);
    articleTabId = tabIds[0] ?? -1;
    expect(articleTabId).toBeGreaterThan(0);
  });

  it('the popup checks the article tab and shows real results', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 720 });
    await popup.goto(`${browser.extensionUrl(popupPath)}?tabId=${articleTabId}`);
    await popup.waitForSelector(popupSettled, { timeout: 60_000 });
    report = await popup.evaluate(readPopup);
    writeFileSync(join(artifactsDir(), 'chromium-popup.json'), JSON.stringify(report, null, 2));
    await popup.screenshot({ path: join(artifactsDir(), 'chromium-popup.png'), fullPage: true });
    await popup.close();
    expectRealResults(report);
  });

  it('sentences the corpus supports are not uncorroborated', () => {
    expectSupportedSentencesSupported(report);
  });

  it('sentences nothing in the corpus says are uncorroborated', () => {
    expectInventedSentencesUncorroborated(report);
  });

  it('the sentence with a changed date is not reported as corroborated', () => {
    expectChangedDateDiffers(report);
  });

  it('page furniture is not reported as claims', () => {
    expectNoBoilerplateClaims(report);
  });

  it('highlights the uncorroborated sentences on the page', async () => {
    await articlePage.bringToFront();
    const wanted = report.claims.filter((c) => c.verdict === 'uncorroborated').length;
    await expect
      .poll(async () => (await articlePage.evaluate(readHighlights)).uncorroboratedRanges, {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(wanted);
    expectHighlights(await articlePage.evaluate(readHighlights), report);
    await articlePage.screenshot({
      path: join(artifactsDir(), 'chromium-article-highlighted.png'),
      fullPage: true,
    });
  });

  it('the toolbar badge shows the number of uncorroborated claims', async () => {
    const badge = await browser.worker.evaluate(badgeTextOf, articleTabId);
    expect(badge).toBe(expectedBadge(report));
  });

  it('no uncaught errors in any page', () => {
    if (browser.consoleErrors.length > 0) console.warn(browser.consoleErrors.join('\n'));
    expect(browser.pageErrors).toEqual([]);
  });

  it('pages and the service worker requested nothing but the local server and the extension', () => {
    const extensionOrigin = `chrome-extension://${browser.extensionId}`;
    const outside = browser.requests.filter(
      (request) => !isLocalOrExtension(request.url, server.origin, extensionOrigin),
    );
    expect(outside).toEqual([]);
    // The recording itself works: the article was seen, by Playwright and by the server.
    expect(browser.requests.some((r) => r.url === articleUrl)).toBe(true);
    expect(server.requests.some((r) => r.url === '/samples/article.html')).toBe(true);
  });

  it("Chromium's net log shows no destination but the local server (and the browser's own)", async () => {
    await browser.close();
    const log = browser.netLog;
    expect(log).not.toBeNull();
    const summary = summarizeNetLog(log ?? '');
    // The log is live: it recorded the article request.
    expect(summary.requests.some((r) => r.url === articleUrl)).toBe(true);
    expect(netLogViolations(summary, [server.origin])).toEqual([]);
  });
});
