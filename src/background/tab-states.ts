import browser from 'webextension-polyfill';
import type { TabCheckState } from '../messages/protocol';

// The last check of each tab. Kept in storage.session as well, because the service worker is
// stopped after 30 s idle and the popup must still show the result at once.
const memory = new Map<number, TabCheckState>();
const key = (tabId: number) => `tab-state:${tabId}`;

export async function getTabState(tabId: number): Promise<TabCheckState | null> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as
    TabCheckState | undefined;
  if (stored) memory.set(tabId, stored);
  return stored ?? null;
}

export async function setTabState(tabId: number, state: TabCheckState): Promise<void> {
  memory.set(tabId, state);
  try {
    await browser.storage.session.set({ [key(tabId)]: state });
  } catch (error) {
    // storage.session has a 10 MB quota; the in-memory copy still serves this worker's lifetime.
    console.warn('Crosscheck: could not keep the tab result in session storage', error);
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  await browser.storage.session.remove(key(tabId));
}

export async function forgetAllTabs(): Promise<void> {
  memory.clear();
  const all = await browser.storage.session.get(null);
  await browser.storage.session.remove(Object.keys(all).filter((k) => k.startsWith('tab-state:')));
}
