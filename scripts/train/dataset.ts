// All pairs the judge is fitted and cross-validated on.
import { bbcPairs, wmtPairs } from './built-pairs';
import { falkePairs, mrpcPairs, type LabelledPair } from './devdata';

export async function allPairs(): Promise<LabelledPair[]> {
  return [
    ...mrpcPairs(),
    ...falkePairs(),
    ...(await wmtPairs('uk')),
    ...(await wmtPairs('ru')),
    ...(await bbcPairs()),
  ];
}
