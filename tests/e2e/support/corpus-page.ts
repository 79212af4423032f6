// Reading the corpus page (src/options) in Chromium: its totals, its import status and the end of an
// import. Shared by corpus-manager.e2e.test.ts and the data suite's BBC folder import.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export { optionsPath } from './extension-api';
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
  return { totals, status, waitForImport };
}

/** "N documents · M sentences …" as numbers (-1 when the text does not say). */
export function counts(text: string) {
  const match = /^(\d+) documents · (\d+) sentences/.exec(text);
  return { documents: Number(match?.[1] ?? -1), sentences: Number(match?.[2] ?? -1) };
}
