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
  boilerplate,
  changedDate,
  claimWith,
  corroborated,
  expectedBadge,
  invented,
  readHighlights,
  readPopup,
  type PopupReport,
} from './support/article';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { netLogViolations, summarizeNetLog } from './support/netlog';
import { artifactsDir, builtExtension, sampleCorpusFiles } from './support/paths';
import { startServer, type SampleServer } from './support/server';

const optionsPath = 'src/options/index.html';
const popupPath = 'src/popup/index.html';

interface ExtensionGlobals {
  chrome: {
    tabs: { query(q: { url?: string }): Promise<{ id?: number; url?: string }[]> };
    action: { getBadgeText(d: { tabId: number }): Promise<string> };
  };
}

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
    expect(files).toHaveLength(5);
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl(optionsPath));
    await options.locator('input[type=file][data-testid=import-files]').setInputFiles(files);
    const status = options.getByTestId('import-status');
    await expect
      .poll(async () => status.textContent(), { timeout: 30_000 })
      .toMatch(/Imported 5 documents \(0 duplicates, 0 failed\)/);
    await expect
      .poll(async () => options.getByTestId('corpus-totals').textContent(), { timeout: 10_000 })
      .toMatch(/^\s*5 documents · \d+ sentences\s*$/);

    // Another load of the page reads the stored corpus back (IndexedDB, not page state).
    await options.reload();
    await expect
      .poll(async () => options.getByTestId('corpus-totals').textContent(), { timeout: 10_000 })
      .toMatch(/^\s*5 documents · \d+ sentences\s*$/);
    await options.close();
  });

  it('opens the sample article from the local server', async () => {
    articlePage = await browser.context.newPage();
    const response = await articlePage.goto(articleUrl);
    expect(response?.status()).toBe(200);
    await expect(articlePage.title()).resolves.toContain(articleTitle);

    const tabIds = await browser.worker.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      const tabs = await chrome.tabs.query({ url });
      return tabs.map((tab) => tab.id ?? -1);
    }, articleUrl);
    expect(tabIds).toHaveLength(1);
    articleTabId = tabIds[0] ?? -1;
    expect(articleTabId).toBeGreaterThan(0);
  });

  it('the popup checks the article tab and shows real results', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 720 });
    await popup.goto(`${browser.extensionUrl(popupPath)}?tabId=${articleTabId}`);
    await popup.waitForSelector('[data-testid=popup-state][data-state=done]', { timeout: 60_000 });
    report = await popup.evaluate(readPopup);
    writeFileSync(join(artifactsDir(), 'chromium-popup.json'), JSON.stringify(report, null, 2));
    await popup.screenshot({ path: join(artifactsDir(), 'chromium-popup.png'), fullPage: true });
    await popup.close();

    expect(report.title).toContain(articleTitle);
    expect(report.summary).not.toBe('');
    expect(report.claims.length).toBeGreaterThanOrEqual(8);
    for (const claim of report.claims) {
      expect(['corroborated', 'mixed', 'differing', 'uncorroborated']).toContain(claim.verdict);
    }
    const verdicts = report.claims.map((claim) => claim.verdict);
    expect(verdicts).toContain('corroborated');
    expect(verdicts).toContain('uncorroborated');
  });

  it('sentences the corpus supports are not uncorroborated', () => {
    for (const fragment of Object.values(corroborated)) {
      const claim = claimWith(report, fragment);
      expect(claim, `claim "${fragment}"`).toBeDefined();
      expect(['corroborated', 'mixed'], `verdict of "${fragment}"`).toContain(claim?.verdict);
    }
  });

  it('sentences nothing in the corpus says are uncorroborated', () => {
    for (const fragment of invented) {
      const claim = claimWith(report, fragment);
      expect(claim, `claim "${fragment}"`).toBeDefined();
      expect(claim?.verdict, `verdict of "${fragment}"`).toBe('uncorroborated');
    }
  });

  it('the sentence with a changed date is not reported as corroborated', () => {
    const claim = claimWith(report, changedDate);
    expect(claim, `claim "${changedDate}"`).toBeDefined();
    expect(['differing', 'mixed']).toContain(claim?.verdict);
  });

  it('page furniture is not reported as claims', () => {
    for (const fragment of boilerplate) {
      expect(claimWith(report, fragment), `"${fragment}"`).toBeUndefined();
    }
  });

  it('highlights the uncorroborated sentences on the page', async () => {
    await articlePage.bringToFront();
    const uncorroboratedCount = report.claims.filter((c) => c.verdict === 'uncorroborated').length;
    await expect
      .poll(async () => (await articlePage.evaluate(readHighlights)).uncorroboratedRanges, {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(uncorroboratedCount);
    const highlights = await articlePage.evaluate(readHighlights);
    expect(highlights.mechanism).toBe('highlight-api');
    for (const fragment of invented) expect(highlights.uncorroboratedText).toContain(fragment);
    for (const fragment of Object.values(corroborated)) {
      expect(highlights.uncorroboratedText).not.toContain(fragment);
    }
    await articlePage.screenshot({
      path: join(artifactsDir(), 'chromium-article-highlighted.png'),
      fullPage: true,
    });
  });

  it('the toolbar badge shows the number of uncorroborated claims', async () => {
    const badge = await browser.worker.evaluate(async (tabId) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      return chrome.action.getBadgeText({ tabId });
    }, articleTabId);
    expect(badge).toBe(expectedBadge(report));
  });

  it('no uncaught errors in any page', () => {
    if (browser.consoleErrors.length > 0) console.warn(browser.consoleErrors.join('\n'));
    expect(browser.pageErrors).toEqual([]);
  });

  it('pages and the service worker requested nothing but the local server and the extension', () => {
    const allowed = (url: string) =>
      url.startsWith(`${server.origin}/`) ||
      url.startsWith(`chrome-extension://${browser.extensionId}/`) ||
      url.startsWith('data:') ||
      url.startsWith('blob:') ||
      url === 'about:blank';
    const outside = browser.requests.filter((request) => !allowed(request.url));
    expect(outside).toEqual([]);
    // The recording itself works: the article and the extension's pages were seen.
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
