import browser from 'webextension-polyfill';
import type {
  ContentMessageName,
  ContentRequestOf,
  ContentResponseOf,
  MessageName,
  RequestOf,
  ResponseOf,
} from './protocol';

/** Sends a typed message to the background. */
export async function sendToBackground<K extends MessageName>(
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  return (await browser.runtime.sendMessage({ type, payload })) as ResponseOf<K>;
}

/** Sends a typed message to the content script of a tab. */
export async function sendToTab<K extends ContentMessageName>(
  tabId: number,
  type: K,
  payload: ContentRequestOf<K>,
): Promise<ContentResponseOf<K>> {
  return (await browser.tabs.sendMessage(tabId, { type, payload })) as ContentResponseOf<K>;
}
