// Every unit test judges as the extension does: with the word meaning and lexicon pack the judge
// was fitted with. UI tests (jsdom: module URLs there are not file URLs) never judge, and skip it.
import { loadEngineResources } from '../src/core/resources';
import { readAsset } from '../src/node/read-asset';

if (typeof document === 'undefined') await loadEngineResources(readAsset);
