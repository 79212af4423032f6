import type { CorpusStats, CorpusStore } from './store';

// Terms too common to retrieve with have the longest postings lists, and reading a list from
// IndexedDB clones every id in it. A check remembers which terms it found too common, per store and
// per corpus state, so later checks of the same corpus do not read those lists again. A change to
// the corpus (different totals) starts a fresh set.
const cache = new WeakMap<CorpusStore, { state: string; common: Set<string> }>();

const stateOf = (stats: CorpusStats) => `${stats.documents}/${stats.sentences}/${stats.totalTerms}`;

/** Terms an earlier check of this corpus state found above the retrieval cut. */
export function knownCommonTerms(store: CorpusStore, stats: CorpusStats): ReadonlySet<string> {
  const entry = cache.get(store);
  return entry && entry.state === stateOf(stats) ? entry.common : new Set();
}

/** Records the terms among `postings` whose lists are longer than `maxDf`. */
export function rememberCommonTerms(
  store: CorpusStore,
  stats: CorpusStats,
  postings: Map<string, number[]>,
  maxDf: number,
): void {
  const state = stateOf(stats);
  let entry = cache.get(store);
  if (!entry || entry.state !== state) cache.set(store, (entry = { state, common: new Set() }));
  for (const [term, ids] of postings) if (ids.length > maxDf) entry.common.add(term);
}
