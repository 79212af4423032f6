// Issue 12, "trust at a glance", end to end in Debian's Chromium with dist/chrome-e2e: on the
// sample article the popup says how much of the corpus is about the story, gives every piece of
// evidence its strength ("strong · 0.92") and marks the claim's words it states in both sentences;
// the summary, the filter chips and the claims count the same; Export and Add this page stay in
// view however far the popup is scrolled. An unrelated article gets the grey "nothing on this
// story"; after "Add this page" the popup says the article is in the corpus and that the button
// has nothing left to add. A hostile corpus document (a `javascript:` address, a 50,000-character
// word, a right-to-left override) is shown as inert, isolated text that never widens the popup.
// Screenshots: artifacts/e2e/trust-*.png.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { popupSettled } from './support/article';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { optionsPath, popupPath, tabIdsShowing } from './support/extension-api';
import { artifactsDir, builtExtension, sampleCorpusFiles } from './support/paths';
import { defaultMounts, startServer, type SampleServer } from './support/server';
import {
  expectConsistentCounts,
  readActionBar,
  readEvidence,
  readTrust,
  type TrustView,
} from './support/trust-popup';

const POPUP_VIEWPORT = { width: 460, height: 600 };
const LONG_WORD = 'W'.repeat(50_000);
const artifact = (name: string) => join(artifactsDir(), name);

const page = (title: string, paragraphs: string[]) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main></body></html>`;

/** A BBC-style business story: nothing in the sample corpus is about it. */
const UNRELATED = page('Retail sales slump as shoppers cut back before Christmas', [
  'UK retail sales fell by 1.2% in November, the Office for National Statistics said on Friday, a far steeper drop than economists had expected.',
  'Clothing stores were hit hardest as shoppers held back ahead of the Christmas discounts, while supermarkets reported flat sales volumes.',
  'The British Retail Consortium said high energy bills and rising mortgage payments had squeezed household budgets across the country.',
  'Online spending rose slightly, helped by early Black Friday promotions, but not by enough to offset the fall on the high street.',
  'The Bank of England will announce its next interest rate decision on Thursday, with most analysts expecting rates to stay on hold.',
  'Shares in several large retailers fell in early trading in London after the figures were published.',
]);

/** A corpus document with a hostile address, outlet and title, saying what the sample article says. */
const HOSTILE_DOCUMENT = JSON.stringify({
  title: `Normal start \u202Egnp.exe\u202C ${LONG_WORD}`,
  outlet: `\u202EEvil Outlet ${LONG_WORD}`,
  url: 'javascript:globalThis.pwned=true',
  published: '2023-09-17',
  text: [
    'Accompanied by Russian defence minister Sergei Shoigu, Kim Jong Un inspected Russian nuclear-capable strategic bombers, hypersonic missiles and warships on Saturday during his visit to Russia.',
    `Analysts said ${LONG_WORD} was unusual.`,
  ].join(' '),
});

describe('Chromium: trust at a glance (coverage, strength, marks, counts, own copy, action bar)', () => {
  let server: SampleServer;
  let browser: ChromiumSession;
  let pagesDir: string;
  let article: { page: Page; tabId: number };
  let popup: Page;
  let view: TrustView;

  async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
    const tab = await browser.context.newPage();
    const response = await tab.goto(url);
    expect(response?.status()).toBe(200);
    const tabIds = await browser.worker.evaluate(tabIdsShowing, url);
    expect(tabIds).toHaveLength(1);
    return { page: tab, tabId: tabIds[0] ?? -1 };
  }

  async function openPopup(tabId: number): Promise<Page> {
    const opened = await browser.context.newPage();
    await opened.setViewportSize(POPUP_VIEWPORT);
    await opened.goto(`${browser.extensionUrl(popupPath)}?tabId=${tabId}`);
    await opened.waitForSelector(popupSettled, { timeout: 60_000 });
    const state = await opened.locator('[data-testid=popup-state]').getAttribute('data-state');
    expect(state, (await opened.locator('[data-testid=popup-state]').textContent()) ?? '').toBe(
      'done',
    );
    return opened;
  }

  async function importFiles(files: Parameters<Page['setInputFiles']>[1], added: number) {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl(optionsPath));
    await options.locator('input[type=file][data-testid=import-files]').setInputFiles(files);
    await expect
      .poll(async () => options.getByTestId('import-status').textContent(), { timeout: 30_000 })
      .toMatch(new RegExp(`Imported ${added} documents? \\(0 duplicates, 0 failed\\)`));
    await options.close();
  }

  beforeAll(async () => {
    pagesDir = mkdtempSync(join(tmpdir(), 'crosscheck-trust-pages-'));
    writeFileSync(join(pagesDir, 'unrelated.html'), UNRELATED);
    server = await startServer({ mounts: { ...defaultMounts, '/trust/': pagesDir } });
    browser = await launchChromium({ extensionDir: builtExtension('chrome-e2e'), offline: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
  });

  it('imports the sample corpus', async () => {
    await importFiles(sampleCorpusFiles(), 5);
  });

  it('the sample article: the corpus covers its story, in a neutral headline', async () => {
    article = await openTab(server.url('/samples/article.html'));
    popup = await openPopup(article.tabId);
    view = await popup.evaluate(readTrust);
    expect(view.coverage?.covered).toBe('true');
    expect(view.coverage?.text).toMatch(
      /^[2-5] documents in your corpus are about this story, from [1-5] independent sources?\.$/,
    );
    expect(view.ownCopies).toEqual([]);
    await popup.screenshot({ path: artifact('trust-sample-article.png') });
  });

  it('the summary, the filter chips and the claims count the same', async () => {
    expectConsistentCounts(view, 5);
    // Each chip shows exactly the claims it counts.
    for (const chip of view.chips) {
      await popup.getByTestId(`filter-${chip.filter}`).click();
      expect(await popup.getByTestId('claim').count(), chip.filter).toBe(chip.count);
    }
    await popup.getByTestId('filter-all').click();
  });

  it('every piece of evidence has its strength, and the words it states are marked in both sentences', async () => {
    const toggles = popup.getByTestId('claim-evidence-toggle');
    const count = await toggles.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await toggles.nth(i).click();
    const { evidence, legend } = await popup.evaluate(readEvidence);
    expect(legend).toBe(
      'Marks in the sentences: words of the claim this source states · words of the claim no source states',
    );
    expect(evidence.length).toBeGreaterThanOrEqual(count);
    for (const item of evidence) {
      expect(item.strength).toMatch(/^(strong|moderate|weak) · [01]\.\d\d$/);
      const value = Number(item.strength.split(' · ')[1]);
      const band = value >= 0.8 ? 'strong' : value >= 0.6 ? 'moderate' : 'weak';
      expect(item.band).toBe(band);
      expect(item.strength.startsWith(band)).toBe(true);
    }
    const marked = evidence.filter((e) => e.kind === 'support' && e.claimMarks.length > 0);
    expect(marked.length).toBeGreaterThan(0);
    for (const item of marked) expect(item.sentenceMarks.length).toBeGreaterThan(0);
    await popup.screenshot({ path: artifact('trust-evidence-all.png'), fullPage: true });
    // The first corroborated claim with its evidence, at the top of the popup.
    await popup.evaluate(() => {
      const claim = document.querySelector('.evidence-support')?.closest('[data-testid=claim]');
      window.scrollTo(0, (claim?.getBoundingClientRect().top ?? 0) + window.scrollY);
    });
    await popup.screenshot({ path: artifact('trust-evidence.png') });
  });

  it('Export and Add this page stay in view wherever the popup is scrolled', async () => {
    const scrollHeight = await popup.evaluate(() => document.documentElement.scrollHeight);
    expect(scrollHeight).toBeGreaterThan(POPUP_VIEWPORT.height * 2);
    for (const share of [0, 0.5, 1]) {
      await popup.evaluate(
        (y) => window.scrollTo(0, y),
        Math.round((scrollHeight - POPUP_VIEWPORT.height) * share),
      );
      const bar = await popup.evaluate(readActionBar);
      expect(bar.top, `scrolled to ${share}`).toBeGreaterThanOrEqual(0);
      expect(bar.bottom, `scrolled to ${share}`).toBeLessThanOrEqual(bar.innerHeight + 1);
      expect(bar.exportReachable, `scrolled to ${share}`).toBe(true);
      expect(bar.addReachable).toBe(true);
      if (share === 0.5)
        await popup.screenshot({ path: artifact('trust-action-bar-scrolled.png') });
    }
    await popup.evaluate(() => window.scrollTo(0, 0));
  });

  it('labels the article’s own origin in the Sources tab', async () => {
    await popup.locator('#tab-sources').click();
    const groups = popup.getByTestId('origin-group');
    expect(await groups.count()).toBeGreaterThan(0);
    // The sample article copies some Reuters sentences word for word: that group is labelled.
    const own = await popup.locator('[data-testid=origin-group]:not([data-own=none])').count();
    expect(own).toBeGreaterThan(0);
    expect(await popup.getByTestId('own-origin').count()).toBe(own);
    await expect(popup.getByTestId('own-origin').first().textContent()).resolves.toMatch(
      /not counted as independent/,
    );
    await popup.screenshot({ path: artifact('trust-sources.png'), fullPage: true });
    await popup.locator('#tab-claims').click();
    await popup.close();
  });

  it('an unrelated article: the corpus has nothing on its story, said in grey', async () => {
    const unrelated = await openTab(server.url('/trust/unrelated.html'));
    const opened = await openPopup(unrelated.tabId);
    const shown = await opened.evaluate(readTrust);
    expect(shown.coverage?.covered).toBe('false');
    expect(shown.coverage?.text).toMatch(/^Your corpus has nothing on this story\./);
    // Grey (equal red, green and blue), never the red of "uncorroborated".
    const [r, g, b] = (shown.coverage?.colour.match(/\d+/g) ?? []).map(Number);
    expect(Math.max(r ?? 0, g ?? 0, b ?? 0) - Math.min(r ?? 0, g ?? 0, b ?? 0)).toBeLessThan(16);
    expectConsistentCounts(shown, 5);
    await opened.screenshot({ path: artifact('trust-not-covered.png') });
    await opened.close();
    await unrelated.page.close();
  });

  it('after "Add this page" the popup says the article is in the corpus, and still shows the rest', async () => {
    popup = await openPopup(article.tabId);
    await popup.getByTestId('add-page').click();
    await expect
      .poll(async () => (await popup.evaluate(readTrust)).ownCopies, { timeout: 60_000 })
      .toHaveLength(1);
    const shown = await popup.evaluate(readTrust);
    expect(shown.ownCopies[0]?.match).toBe('exact');
    // Its address is the local test server's: http, so a link to the original page.
    expect(shown.ownCopies[0]?.text).toMatch(
      /^This article is in your corpus: Kim and Shoigu discuss closer military ties in Vladivostok, imported \d{4}-\d{2}-\d{2} Original page$/,
    );
    expect(shown.addPage).toMatchObject({
      stored: 'true',
      disabled: true,
      text: 'Already in your corpus',
    });

    // The rest of the corpus still speaks.
    expect(shown.coverage?.covered).toBe('true');
    expect(shown.claims.some((c) => c.standing === 'corroborated')).toBe(true);
    expectConsistentCounts(shown, 6);
    await popup.screenshot({ path: artifact('trust-own-copy.png') });
    await popup.close();

    // A popup opened afresh says the same, and offers nothing to add.
    popup = await openPopup(article.tabId);
    const again = await popup.evaluate(readTrust);
    expect(again.ownCopies.map((c) => c.match)).toEqual(['exact']);
    expect(again.addPage).toMatchObject({
      stored: 'true',
      disabled: true,
      text: 'Already in your corpus',
    });
    await popup.close();
  });

  it('a hostile corpus document: no javascript: link, its 50,000-character words do not widen the popup', async () => {
    await importFiles(
      [
        {
          name: 'hostile.jsonl',
          mimeType: 'application/x-ndjson',
          buffer: Buffer.from(HOSTILE_DOCUMENT),
        },
      ],
      1,
    );
    popup = await openPopup(article.tabId);
    const toggles = popup.getByTestId('claim-evidence-toggle');
    for (let i = 0; i < (await toggles.count()); i++) await toggles.nth(i).click();
    const probe = () => ({
      links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      hostileShown: document.body.textContent?.includes('Evil Outlet') ?? false,
      // The importer leaves the address out with a warning (it is no web address); a stored one
      // would be shown as text (tests/ui/safe-url.test.ts): either way it is no link.
      scriptAddressShown: document.body.innerHTML.includes('javascript:'),
      isolated: [...document.querySelectorAll('bdi')].some((e) =>
        e.textContent?.includes('gnp.exe'),
      ),
    });
    const claims = await popup.evaluate(probe);
    expect(claims.hostileShown).toBe(true);
    expect(claims.scriptAddressShown).toBe(false);
    expect(claims.isolated).toBe(true);
    for (const href of claims.links) expect(href).toMatch(/^https?:\/\//);
    expect(claims.scrollWidth).toBeLessThanOrEqual(claims.innerWidth);
    await popup.evaluate(() => {
      const hostile = [...document.querySelectorAll('.evidence-support')].find((e) =>
        e.textContent?.includes('Evil Outlet'),
      );
      window.scrollTo(0, (hostile?.getBoundingClientRect().top ?? 0) + window.scrollY - 40);
    });
    await popup.screenshot({ path: artifact('trust-hostile.png') });
    await popup.locator('#tab-sources').click();
    const sources = await popup.evaluate(probe);
    for (const href of sources.links) expect(href).toMatch(/^https?:\/\//);
    expect(sources.scrollWidth).toBeLessThanOrEqual(sources.innerWidth);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    expect(await popup.evaluate(() => (globalThis as { pwned?: boolean }).pwned)).toBeUndefined();
    await popup.screenshot({ path: artifact('trust-hostile-sources.png') });
    await popup.close();
  });

  it('no uncaught errors in any page', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
