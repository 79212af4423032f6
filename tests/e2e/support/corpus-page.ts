// Reading the corpus page (src/options) in Chromium: its totals, its import status and the end of an
// import. Shared by corpus-manager.e2e.test.ts and the data suite's BBC folder import.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

import { launchChromium } from './chromium';
import { optionsPath } from './extension-api';
import { builtExtension } from './paths';

export { optionsPath };
const STATUS_DONE = /^Imported (\d+) documents \((\d+) duplicates, (\d+) failed\)$/;

/** The page updates after IndexedDB work on thousands of documents: give it time on a busy machine. */
export const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000 });

export function corpusPage(page: Page) {
  const totals = async () => ((await page.getByTestId('corpus-totals').textContent()) ?? '').trim();
  const status = async () => ((await page.getByTestId('import-status').textContent()) ?? '').trim();
  /** Waits for the running import to end; its added, duplicate and failed counts. */
  const waitForImport = async (timeout = 120_000) => {
    await page.waitForSelector('[data-testid=import-progress][data-state=done]', { timeout });
    const match = STATUS_DONE.exec(await status());
    if (!match) throw new Error(`unexpected import status: ${await status()}`);
    return { added: Number(match[1]), duplicates: Number(match[2]), failed: Number(match[3]) };
  };
  /** Deletes every document, once the page has shown its totals. */
  const emptyCorpus = async () => {
    await poll(totals).toMatch(/^\d+ documents/);
    if (counts(await totals()).documents > 0) await page.getByTestId('delete-all').click();
    await poll(totals).toMatch(/^0 documents/);
  };
  return { totals, status, waitForImport, emptyCorpus };
}

/** "N documents · M sentences …" as numbers (-1 when the text does not say). */
export function counts(text: string) {
  const match = /^(\d+) documents · (\d+) sentences/.exec(text);
  return { documents: Number(match?.[1] ?? -1), sentences: Number(match?.[2] ?? -1) };
}

/** Chromium with the e2e extension on its corpus page, a scratch folder beside it, and the page's
 *  readers; destructive actions' confirmations are accepted. `close` ends both. */
export async function openCorpusManager() {
  const work = mkdtempSync(join(tmpdir(), 'crosscheck-corpus-e2e-'));
  const browser = await launchChromium({
    extensionDir: builtExtension('chrome-e2e'),
    offline: true,
  });
  const page = await browser.context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(browser.extensionUrl(optionsPath));
  return {
    browser,
    page,
    work,
    ...corpusPage(page),
    async close() {
      await browser.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
