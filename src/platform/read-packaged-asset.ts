import browser from 'webextension-polyfill';
import type { AssetReader } from '../core';

/** The engine's data files as the extension reads them: packaged files fetched from its own
 *  origin (the service worker may fetch its own package; nothing leaves the machine). */
export const readPackagedAsset: AssetReader = async (path) => {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok)
    throw new Error(`Crosscheck: the packaged file ${path} could not be read (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
};
