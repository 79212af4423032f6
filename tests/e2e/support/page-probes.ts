// Functions that run inside the article page (pass them to page.evaluate / addInitScript): long
// tasks, the flashed sentence, a highlighted sentence's position. Each is self-contained.

export interface LongTaskEntry {
  startTime: number;
  duration: number;
  name: string;
}

export interface LongAnimationFrameEntry {
  startTime: number;
  duration: number;
  blockingDuration: number;
  /** The scripts that ran in the frame: where they came from and for how long. */
  scripts: { sourceURL: string; invoker: string; duration: number }[];
}

export interface LongTaskRecord {
  supported: string[];
  longTasks: LongTaskEntry[];
  longAnimationFrames: LongAnimationFrameEntry[];
}

/** Init script: records every long task (and long animation frame) from the page's start. */
export function recordLongTasks(): void {
  const key = '__crosscheckLongTasks';
  const record = {
    supported: [...PerformanceObserver.supportedEntryTypes],
    longTasks: [] as { startTime: number; duration: number; name: string }[],
    longAnimationFrames: [] as {
      startTime: number;
      duration: number;
      blockingDuration: number;
      scripts: { sourceURL: string; invoker: string; duration: number }[];
    }[],
  };
  (globalThis as unknown as Record<string, unknown>)[key] = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.longTasks.push({
        startTime: entry.startTime,
        duration: entry.duration,
        name: entry.name,
      });
    }
  }).observe({ type: 'longtask', buffered: true });
  if (record.supported.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const frame = entry as PerformanceEntry & {
          blockingDuration?: number;
          scripts?: { sourceURL?: string; invoker?: string; duration?: number }[];
        };
        record.longAnimationFrames.push({
          startTime: frame.startTime,
          duration: frame.duration,
          blockingDuration: frame.blockingDuration ?? 0,
          scripts: (frame.scripts ?? []).map((script) => ({
            sourceURL: script.sourceURL ?? '',
            invoker: script.invoker ?? '',
            duration: script.duration ?? 0,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
}

/** Runs in the page: what recordLongTasks collected so far, or null when it was not installed. */
export function readLongTasks(): LongTaskRecord | null {
  const record = (globalThis as unknown as Record<string, unknown>)['__crosscheckLongTasks'];
  return record ? (JSON.parse(JSON.stringify(record)) as LongTaskRecord) : null;
}

export interface FlashState {
  /** Ranges in the 'crosscheck-flash' highlight (0 when there is none). */
  size: number;
  /** The flashed text, whitespace collapsed. */
  text: string;
  /** The flashed range's bounding rect in viewport coordinates, or null. */
  rect: { top: number; bottom: number; left: number; right: number } | null;
  scrollY: number;
  innerHeight: number;
}

/** Runs in the page: the flash highlight's state and where it is on screen. */
export function readFlash(): FlashState {
  const highlight = CSS.highlights.get('crosscheck-flash');
  const ranges = highlight ? [...highlight] : [];
  const first = ranges[0];
  const rect = first instanceof Range ? first.getBoundingClientRect() : null;
  return {
    size: highlight?.size ?? 0,
    text: ranges
      .map((range) => (range instanceof Range ? range.toString() : ''))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    rect: rect ? { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right } : null,
    scrollY: window.scrollY,
    innerHeight: window.innerHeight,
  };
}

/** Runs in the page: the highlight ranges of one name whose text contains `fragment`. */
export function highlightedRangeCenter(args: {
  name: string;
  fragment: string;
}): { x: number; y: number; text: string } | null {
  const highlight = CSS.highlights.get(args.name);
  for (const range of highlight ?? []) {
    if (!(range instanceof Range)) continue;
    const text = range.toString().replace(/\s+/g, ' ');
    if (!text.includes(args.fragment)) continue;
    // Bring it into view at once, then aim at the middle of its first line box.
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const box = range.getClientRects()[0];
    if (!box) return null;
    return { x: box.left + Math.min(box.width / 2, 40), y: box.top + box.height / 2, text };
  }
  return null;
}

/** Runs in the page: how many ranges each of the extension's highlight names holds. */
export function highlightSizes(): Record<string, number> {
  const names = ['crosscheck-uncorroborated', 'crosscheck-differing', 'crosscheck-flash'];
  return Object.fromEntries(names.map((name) => [name, CSS.highlights.get(name)?.size ?? 0]));
}
