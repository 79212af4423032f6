import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CANCELLED_MESSAGE,
  PAGE_SILENT_MESSAGE,
  articleArrived,
  awaitTabResult,
  cancelTab,
  isCancelled,
  settleTab,
} from '../../src/background/pending-checks';

afterEach(() => vi.useRealTimers());

describe('pending checks', () => {
  it('gives up on a page that never sends its article, after 30 s', async () => {
    vi.useFakeTimers();
    const result = awaitTabResult(1);
    await vi.advanceTimersByTimeAsync(30_000);
    await expect(result).resolves.toEqual({ state: 'error', message: PAGE_SILENT_MESSAGE });
  });

  it('has no deadline once the article has arrived: the engine is working', async () => {
    vi.useFakeTimers();
    const result = awaitTabResult(2);
    articleArrived(2);
    await vi.advanceTimersByTimeAsync(120_000);
    const done = { state: 'empty-corpus' } as const;
    settleTab(2, done);
    await expect(result).resolves.toEqual(done);
  });

  it('answers a cancelled wait at once, and marks the running check as cancelled', async () => {
    const result = awaitTabResult(3);
    const generation = articleArrived(3);
    expect(isCancelled(3, generation)).toBe(false);
    cancelTab(3);
    await expect(result).resolves.toEqual({ state: 'error', message: CANCELLED_MESSAGE });
    expect(isCancelled(3, generation)).toBe(true);
    // A new check runs under the new generation.
    expect(isCancelled(3, articleArrived(3))).toBe(false);
  });
});
