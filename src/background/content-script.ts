import { errorMessage } from '../core';
import browser from 'webextension-polyfill';
import { USE_SELECTION_FLAG } from '../messages/protocol';

/** Where the build puts the content script (vite.config.ts lists it as an additional input). */
export const CONTENT_SCRIPT_FILE = 'src/content/index.js';

/** Runs the content script in the tab; resolves with an error message when the page is off limits. */
export async function injectContentScript(
  tabId: number,
  useSelection = false,
): Promise<string | null> {
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (flag: string, value: boolean) => {
        (globalThis as Record<string, unknown>)[flag] = value;
      },
      args: [USE_SELECTION_FLAG, useSelection],
    });
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return null;
  } catch (error) {
    const reason = errorMessage(error);
    return `Crosscheck cannot read this page (${reason}). Browser pages and extension stores are off limits.`;
  }
}
