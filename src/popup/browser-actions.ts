import browser from 'webextension-polyfill';
import { sendToBackground } from '../messages/client';
import type { PopupActions } from './actions';

export const browserActions: PopupActions = {
  async currentTab() {
    const requested = Number(new URLSearchParams(location.search).get('tabId'));
    if (Number.isInteger(requested) && requested > 0) {
      const tab = await browser.tabs.get(requested);
      return { id: requested, url: tab.url ?? null };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  },
  cachedState: (tabId) => sendToBackground('popup-bg-get-tab-state', { tabId }),
  check: (tabId, useSelection) => sendToBackground('popup-bg-check-tab', { tabId, useSelection }),
  async openCorpusPage() {
    await browser.runtime.openOptionsPage();
  },
  async enableAutoCheck(origin) {
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
    if (granted) await sendToBackground('popup-bg-set-auto-check', { origin, enabled: true });
    return granted;
  },
};
