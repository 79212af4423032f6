import browser from 'webextension-polyfill';

// Per-site reader preferences, in storage.local so every context (popup, content) sees them.
const HIGHLIGHTS_OFF_KEY = 'highlights-off-origins';

async function highlightsOffOrigins(): Promise<string[]> {
  const stored = (await browser.storage.local.get(HIGHLIGHTS_OFF_KEY))[HIGHLIGHTS_OFF_KEY];
  return Array.isArray(stored) ? stored.filter((o): o is string => typeof o === 'string') : [];
}

export async function highlightsEnabledOn(origin: string): Promise<boolean> {
  return !(await highlightsOffOrigins()).includes(origin);
}

export async function setHighlightsEnabledOn(origin: string, enabled: boolean): Promise<void> {
  const others = (await highlightsOffOrigins()).filter((o) => o !== origin);
  await browser.storage.local.set({ [HIGHLIGHTS_OFF_KEY]: enabled ? others : [...others, origin] });
}
