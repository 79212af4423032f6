import type { TabCheckState } from '../messages/protocol';

/** How long the page may take to send its article once the content script is injected. The check
 *  that follows has no deadline: the popup says it is still running and offers to cancel it. */
const ANSWER_TIMEOUT_MS = 30_000;

export const PAGE_SILENT_MESSAGE = 'The page did not send its article within 30 seconds.';
export const CANCELLED_MESSAGE = 'The check was cancelled.';

interface Pending {
  promise: Promise<TabCheckState>;
  resolve: (state: TabCheckState) => void;
  timer: ReturnType<typeof setTimeout>;
}

// A check started from the popup waits here for the content script's article to arrive.
const pending = new Map<number, Pending>();
// Bumped by a cancel: a check that started under an older generation is dropped when it ends.
const generations = new Map<number, number>();

/** Starts waiting for the tab's article, or joins a wait already under way. */
export function awaitTabResult(tabId: number): Promise<TabCheckState> {
  const existing = pending.get(tabId);
  if (existing) return existing.promise;
  let resolve!: (state: TabCheckState) => void;
  const promise = new Promise<TabCheckState>((r) => (resolve = r));
  const timer = setTimeout(
    () => settleTab(tabId, { state: 'error', message: PAGE_SILENT_MESSAGE }),
    ANSWER_TIMEOUT_MS,
  );
  pending.set(tabId, { promise, resolve, timer });
  void promise.finally(() => clearTimeout(timer));
  return promise;
}

export function isAwaiting(tabId: number): boolean {
  return pending.has(tabId);
}

/** The page has sent its article: from now on the engine is working, and the page's deadline no
 *  longer applies. Returns the generation the check runs under (see `isCancelled`). */
export function articleArrived(tabId: number): number {
  const entry = pending.get(tabId);
  if (entry) clearTimeout(entry.timer);
  return generations.get(tabId) ?? 0;
}

/** Whether the check that started under `generation` was cancelled since. */
export function isCancelled(tabId: number, generation: number): boolean {
  return (generations.get(tabId) ?? 0) !== generation;
}

/** The reader cancelled the tab's check: whoever waits is answered now, and the running check's
 *  result will be dropped (the engine cannot be stopped mid-claim, but nothing it finds is kept). */
export function cancelTab(tabId: number): void {
  generations.set(tabId, (generations.get(tabId) ?? 0) + 1);
  settleTab(tabId, { state: 'error', message: CANCELLED_MESSAGE });
}

export function settleTab(tabId: number, state: TabCheckState): void {
  const entry = pending.get(tabId);
  if (!entry) return;
  pending.delete(tabId);
  entry.resolve(state);
}
