import type { AssetReader } from './assets';
import { loadLexiconPack } from './crosslang/lexicon-pack';
import { loadMeaning, type Meaning } from './meaning';
import { installMeaning } from './meaning/install';

/** Loads the data the judge was fitted with (English word vectors and WordNet, and the
 *  Ukrainian/Russian → English lexicon pack) through the host's reader and installs it; once per
 *  host lifetime, later calls resolve at once. Hosts await it before the first check or
 *  comparison: the judge's parameters assume these resources. */
export async function loadEngineResources(read: AssetReader): Promise<void> {
  const [meaning] = await Promise.all([loadMeaning(read), loadLexiconPack(read)]);
  // Installed once: the view keeps per-word caches that later checks reuse.
  if (meaning !== installed) {
    installMeaning(meaning);
    installed = meaning;
  }
}

let installed: Meaning | null = null;
