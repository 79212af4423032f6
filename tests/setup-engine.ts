// Every unit test judges as the extension does: with the word meaning the judge was fitted with.
import { loadEngineResources } from '../src/core/resources';
import { readAsset } from '../src/node/read-asset';

await loadEngineResources(readAsset);
