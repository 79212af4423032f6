// The walking skeleton end to end in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi): the
// e2e build (dist/firefox-e2e) installs as a temporary add-on, its options page imports the sample
// corpus, and the popup, opened as a tab for the article's tab, shows the check's results; the page is
// highlighted and the badge set. All of Firefox's traffic but loopback goes to a recording proxy.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleTitle,
  expectedBadge,
  popupSettled,
  readHighlights,
  readPopup,
  type PopupReport,
} from './support/article';
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
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { artifactsDir, builtExtension, sampleCorpusFiles } from './support/paths';
import { firefoxProxyPrefs, startRecordingProxy, type RecordingProxy } from './support/proxy';
import { startServer, type SampleServer } from './support/server';
import {
  expectConsistentCounts,
  readActionBar,
  readEvidence,
  readTrust,
} from './support/trust-popup';

/** Waits until the text of `selector` matches `pattern` (source and flags, to cross into the page). */
async function waitForText(page: Page, selector: string, pattern: RegExp, timeout: number) {
  await page.waitForFunction(
    (s: string, source: string, flags: string) =>
      new RegExp(source, flags).test(document.querySelector(s)?.textContent ?? ''),
    { timeout, polling: 200 },
    selector,
    pattern.source,
    pattern.flags,
  );
}

describe('Firefox ESR: install, import, check, popup', () => {
  let server: SampleServer;
  let proxy: RecordingProxy;
  let firefox: FirefoxSession;
  let extensionPage: Page;
  let articlePage: Page;
  let articleUrl: string;
  let articleTabId: number;
  let report: PopupReport;

  /** The article tab's popup, in a page of this size. */
  const openPopup = async (viewport: { width: number; height: number }) => {
    const popup = await firefox.newPage();
    await popup.setViewport(viewport);
    await firefox.openExtensionPage(popup, `${popupPath}?tabId=${articleTabId}`);
    return popup;
  };
  const TRUST_VIEWPORT = { width: 460, height: 600 };
  const checkDone = (popup: Page) =>
    popup.waitForSelector('[data-testid=popup-state][data-state=done]', { timeout: 60_000 });

  beforeAll(async () => {
    const extensionDir = builtExtension('firefox-e2e');
    server = await startServer();
    proxy = await startRecordingProxy();
    articleUrl = server.url('/samples/article.html');
    firefox = await launchFirefox({
      extensionDir,
      prefs: firefoxProxyPrefs(proxy.port),
      logFile: join(artifactsDir(), 'firefox-output.log'),
    });
  });

  afterAll(async () => {
    await firefox?.close();
    await proxy?.close();
    await server?.close();
  });

  it('installs the extension at its pinned moz-extension:// host', async () => {
    extensionPage = await firefox.newPage();
    await firefox.openExtensionPage(extensionPage, optionsPath);
    // (page.url() stays about:blank: puppeteer does not follow moz-extension:// navigations.)
    expect(await extensionPage.evaluate(() => location.href)).toBe(
      firefox.extensionUrl(optionsPath),
    );
  });

  it('imports the sample corpus through the options page file input', async () => {
    const files = sampleCorpusFiles();
    expect(files).toHaveLength(1);
    const input = await extensionPage.waitForSelector('input[type=file][data-testid=import-files]');
    expect(input).not.toBeNull();
    await input?.uploadFile(...files);
    await waitForText(
      extensionPage,
      '[data-testid=import-status]',
      /Imported 5 documents \(0 duplicates, 0 failed\)/,
      30_000,
    );
    await waitForText(
      extensionPage,
      '[data-testid=corpus-totals]',
      /^\s*5 documents · \d+ sentences\s*$/,
      10_000,
    );
  });

  it('opens the sample article from the local server', async () => {
    articlePage = await firefox.newPage();
    const response = await articlePage.goto(articleUrl, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await articlePage.title()).toContain(articleTitle);
    const tabIds = await extensionPage.evaluate(tabIdsShowing, articleUrl);
    expect(tabIds).toHaveLength(1);
    articleTabId = tabIds[0] ?? -1;
    expect(articleTabId).toBeGreaterThan(0);
  });

  it('the popup checks the article tab and shows real results', async () => {
    const popup = await openPopup({ width: 420, height: 720 });
    try {
      await popup.waitForSelector(popupSettled, { timeout: 60_000 });
    } finally {
      report = await popup.evaluate(readPopup);
      writeFileSync(join(artifactsDir(), 'firefox-popup.json'), JSON.stringify(report, null, 2));
      await popup.screenshot({ path: join(artifactsDir(), 'firefox-popup.png'), fullPage: true });
      await popup.close();
    }
    expectRealResults(report);
    expectSupportedSentencesSupported(report);
    expectInventedSentencesUncorroborated(report);
    expectChangedDateDiffers(report);
    expectNoBoilerplateClaims(report);
  });

  it('the popup shows coverage, strength and marked words, consistent counts and the action bar', async () => {
    const popup = await openPopup(TRUST_VIEWPORT);
    try {
      await checkDone(popup);
      const view = await popup.evaluate(readTrust);
      expect(view.coverage?.covered).toBe('true');
      expectConsistentCounts(view, 5);
      await popup.evaluate(() =>
        document
          .querySelectorAll<HTMLElement>('[data-testid=claim-evidence-toggle]')
          .forEach((toggle) => toggle.click()),
      );
      const { evidence } = await popup.evaluate(readEvidence);
      expect(evidence.length).toBeGreaterThan(0);
      for (const item of evidence) expect(item.strength).toMatch(/^(strong|moderate|weak) · /);
      expect(evidence.some((e) => e.claimMarks.length > 0 && e.sentenceMarks.length > 0)).toBe(
        true,
      );
      await popup.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      const bar = await popup.evaluate(readActionBar);
      expect(bar.bottom).toBeLessThanOrEqual(bar.innerHeight + 1);
      expect(bar.top).toBeGreaterThanOrEqual(0);
      expect(bar.exportReachable).toBe(true);
      await popup.screenshot({ path: join(artifactsDir(), 'firefox-trust-evidence.png') });
    } finally {
      await popup.close();
    }
  });

  it('highlights the uncorroborated sentences on the page', async () => {
    await articlePage.bringToFront();
    expectHighlights(await articlePage.evaluate(readHighlights), report);
    await articlePage.screenshot({
      path: join(artifactsDir(), 'firefox-article-highlighted.png'),
      fullPage: true,
    });
  });

  it('the toolbar badge shows the number of uncorroborated claims', async () => {
    const badge = await extensionPage.evaluate(badgeTextOf, articleTabId);
    expect(badge).toBe(expectedBadge(report));
  });

  it('after "Add this page" the popup says the article is in the corpus', async () => {
    const popup = await openPopup(TRUST_VIEWPORT);
    try {
      await checkDone(popup);
      await popup.evaluate(() =>
        document.querySelector<HTMLElement>('[data-testid=add-page]')?.click(),
      );
      await popup.waitForSelector('[data-testid=own-copy][data-match=exact]', { timeout: 60_000 });
      const view = await popup.evaluate(readTrust);
      expect(view.ownCopies[0]?.text).toMatch(
        /^This article is in your corpus: Kim and Shoigu discuss closer military ties in Vladivostok, imported \d{4}-\d{2}-\d{2}/,
      );
      expect(view.addPage).toMatchObject({ stored: 'true', disabled: true });
      expect(view.coverage?.covered).toBe('true');
      expectConsistentCounts(view, 6);
      await popup.screenshot({ path: join(artifactsDir(), 'firefox-trust-own-copy.png') });
    } finally {
      await popup.close();
    }
  });

  it('no uncaught errors, and pages requested nothing but the local server and the extension', () => {
    expect(firefox.pageErrors).toEqual([]);
    const extensionOrigin = `moz-extension://${firefox.uuid}`;
    const outside = firefox.requests.filter(
      (r) => !isLocalOrExtension(r.url, server.origin, extensionOrigin),
    );
    expect(outside).toEqual([]);
    expect(firefox.requests.some((r) => r.url === articleUrl)).toBe(true);
  });

  it('nothing in Firefox (background included) tried to reach beyond loopback', async () => {
    await firefox.close();
    expect(proxy.requests).toEqual([]);
  });
});
