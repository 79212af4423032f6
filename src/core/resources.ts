import type { AssetReader } from './assets';
import { loadMeaning } from './meaning';
import { installMeaning } from './meaning/install';

/** Loads the data the judge was fitted with (English word vectors and WordNet) through the host's
 *  reader and installs it; once per host lifetime, later calls resolve at once. Hosts await it
 *  before the first check or comparison: the judge's parameters assume these resources. */
export async function loadEngineResources(read: AssetReader): Promise<void> {
  installMeaning(await loadMeaning(read));
}
