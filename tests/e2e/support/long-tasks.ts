// Long tasks on a page during a check, summed up for long-tasks.json (reading-experience.e2e.test.ts
// and the data suite's real news page). The records come from page-probes.ts's recorder.
import type { LongTaskRecord } from './page-probes';

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
