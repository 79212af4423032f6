// Long tasks on a page during a check, summed up for long-tasks.json (reading-experience.e2e.test.ts
// and the data suite's real news page). The records come from page-probes.ts's recorder.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readLongTasks, type LongTaskRecord } from './page-probes';

export interface LongTaskSummary {
  page: string;
  /** Long tasks whose start fell between the popup's request and the highlights being painted. */
  duringCheck: { count: number; longestMs: number; totalMs: number };
  /** Every long task since the page started loading (its own scripts and parsing included). */
  sincePageStart: { count: number; longestMs: number };
  /** Long animation frames during the check in which an extension script ran. */
  extensionScriptFrames: { count: number; longestScriptMs: number };
  checkMs: number;
  claims: number;
}

export function summarizeLongTasks(
  page: string,
  record: LongTaskRecord,
  window: { start: number; end: number },
  claims: number,
): LongTaskSummary {
  const during = record.longTasks.filter(
    (task) => task.startTime >= window.start && task.startTime <= window.end,
  );
  const extensionFrames = record.longAnimationFrames
    .filter((frame) => frame.startTime + frame.duration >= window.start)
    .filter((frame) => frame.startTime <= window.end)
    .map((frame) => frame.scripts.filter((s) => s.sourceURL.startsWith('chrome-extension://')))
    .filter((scripts) => scripts.length > 0);
  const round = (n: number) => Math.round(n);
  return {
    page,
    duringCheck: {
      count: during.length,
      longestMs: round(Math.max(0, ...during.map((t) => t.duration))),
      totalMs: round(during.reduce((sum, t) => sum + t.duration, 0)),
    },
    sincePageStart: {
      count: record.longTasks.length,
      longestMs: round(Math.max(0, ...record.longTasks.map((t) => t.duration))),
    },
    extensionScriptFrames: {
      count: extensionFrames.length,
      longestScriptMs: round(
        Math.max(0, ...extensionFrames.flatMap((scripts) => scripts.map((s) => s.duration))),
      ),
    },
    checkMs: round(window.end - window.start),
    claims,
  };
}

/** The recorder can fail: a deliberate 150 ms busy task in the page must show up as a long task.
 *  (In a task of the page's own: code run through page.evaluate is not counted as one.) */
export async function expectLongTaskRecorderWorks(page: Page): Promise<void> {
  await page.evaluate(() => {
    setTimeout(() => {
      const until = performance.now() + 150;
      while (performance.now() < until) {
        // busy on purpose
      }
    }, 0);
  });
  await expect
    .poll(
      async () =>
        Math.max(
          0,
          ...((await page.evaluate(readLongTasks))?.longTasks ?? []).map((t) => t.duration),
        ),
      { timeout: 5_000 },
    )
    .toBeGreaterThanOrEqual(150);
}
