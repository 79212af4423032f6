import type { TabCheckState } from '../messages/protocol';

const ANSWER_TIMEOUT_MS = 30_000;

interface Pending {
  promise: Promise<TabCheckState>;
  resolve: (state: TabCheckState) => void;
}

// A check started from the popup waits here for the content script's article to arrive.
const pending = new Map<number, Pending>();

/** Starts waiting for the tab's article, or joins a wait already under way. */
export function awaitTabResult(tabId: number): Promise<TabCheckState> {
  const existing = pending.get(tabId);
  if (existing) return existing.promise;
  let resolve!: (state: TabCheckState) => void;
  const promise = new Promise<TabCheckState>((r) => (resolve = r));
  const entry = { promise, resolve };
  pending.set(tabId, entry);
  const timer = setTimeout(
    () => settleTab(tabId, { state: 'error', message: 'The page did not answer in time.' }),
    ANSWER_TIMEOUT_MS,
  );
  void promise.finally(() => clearTimeout(timer));
  return promise;
}

export function isAwaiting(tabId: number): boolean {
  return pending.has(tabId);
}

export function settleTab(tabId: number, state: TabCheckState): void {
  const entry = pending.get(tabId);
  if (!entry) return;
  pending.delete(tabId);
  entry.resolve(state);
}
