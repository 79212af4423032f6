import browser from 'webextension-polyfill';
import type { ImportInput } from './import-source';

/** The sample corpus shipped inside the extension (see samples/README.md for its sources). */
export async function sampleCorpusFiles(): Promise<ImportInput[]> {
  const index = await fetch(browser.runtime.getURL('samples/index.json'));
  const names = (await index.json()) as string[];
  return names.map((name) => ({
    name,
    read: async () =>
      new Uint8Array(await (await fetch(browser.runtime.getURL(`samples/${name}`))).arrayBuffer()),
  }));
}
