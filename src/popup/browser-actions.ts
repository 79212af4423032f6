import browser from 'webextension-polyfill';
import { sendToBackground } from '../messages/client';
import { highlightsEnabledOn, setHighlightsEnabledOn } from '../settings/site-settings';
import { corpusStore } from '../storage';
import type { PopupActions } from './actions';
import { fingerprintIds } from './report-export';

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
  async cancelCheck(tabId) {
    await sendToBackground('popup-bg-cancel-check', { tabId });
  },
  async revealClaim(tabId, claimIndex) {
    return (await sendToBackground('popup-bg-reveal-claim', { tabId, claimIndex })).found;
  },
  highlightsEnabledOn,
  async setHighlightsOn(tabId, origin, enabled) {
    await setHighlightsEnabledOn(origin, enabled);
    await sendToBackground('popup-bg-set-highlights', { tabId, visible: enabled });
  },
  async openCorpusPage(documentId) {
    if (!documentId) return browser.runtime.openOptionsPage();
    const url = browser.runtime.getURL(
      `src/options/index.html#document=${encodeURIComponent(documentId)}`,
    );
    await browser.tabs.create({ url });
  },
  addPage: (tabId) => sendToBackground('popup-bg-add-page', { tabId }),
  async enableAutoCheck(origin) {
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
    if (granted) await sendToBackground('popup-bg-set-auto-check', { origin, enabled: true });
    return granted;
  },
  async corpusFingerprint() {
    const store = await corpusStore();
    return fingerprintIds((await store.listDocuments()).map((document) => document.id));
  },
  download(fileName, content, mimeType) {
    const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
