import browser, { type Tabs } from 'webextension-polyfill';
import { sendToTab } from '../messages/client';
import { setHighlights } from './handlers/set-highlights';

/** The manifest's keyboard shortcuts: toggle the highlights, step through the highlighted claims. */
export async function runKeyboardCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  try {
    if (command === 'toggle-highlights') await setHighlights(tabId, 'toggle');
    if (command === 'next-highlight') await sendToTab(tabId, 'bg-cs-focus-next', {});
  } catch {
    // No check has run in this tab, so no content script listens: nothing to toggle.
  }
}
