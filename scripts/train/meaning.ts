// Word meaning for the scripts, installed as the engine's hosts install it.
import { createHash } from 'node:crypto';
import { loadEngineResources } from '../../src/core/resources';
import { VECTORS_ASSET, WORDNET_ASSET } from '../../src/core/meaning';
import { LEXICON_PACK_PATH } from '../../src/core/crosslang/lexicon-pack';
import type { PairModel } from '../../src/core/judge/model';
import { readAsset } from '../../src/node/read-asset';

/** Installs the word-meaning resources; returns their paths and hashes (recorded in the model). */
export async function installMeaningForScripts(): Promise<PairModel['resources']> {
  await loadEngineResources(readAsset);
  const resources: PairModel['resources'] = {};
  for (const path of [VECTORS_ASSET, WORDNET_ASSET, LEXICON_PACK_PATH])
    resources[path] = createHash('sha256')
      .update(await readAsset(path))
      .digest('hex');
  return resources;
}
