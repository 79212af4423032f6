// Extension pages and the extension's paths, the same in both browsers. The functions below run
// inside an extension context (Chromium's service worker, or any moz-extension:// page in Firefox):
// pass them to evaluate(); they use `browser` where it exists (Firefox) and `chrome` otherwise.

export const optionsPath = 'src/options/index.html';
export const popupPath = 'src/popup/index.html';

interface ExtensionApi {
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** Runs in an extension context: the ids of the tabs showing exactly `url`. */
export async function tabIdsShowing(url: string): Promise<number[]> {
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('no extension API in this context');
  // Match patterns cannot carry a port in Firefox: list all tabs and compare URLs exactly.
  const tabs = await api.tabs.query({});
  return tabs.filter((tab) => tab.url === url).map((tab) => tab.id ?? -1);
}

/** Runs in an extension context: the toolbar badge text of a tab. */
export async function badgeTextOf(tabId: number): Promise<string> {
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('no extension API in this context');
  return api.action.getBadgeText({ tabId });
}

/** True for URLs a page of the extension may load: the test server, the extension, inline data. */
export function isLocalOrExtension(url: string, serverOrigin: string, extensionOrigin: string) {
  return (
    url.startsWith(`${serverOrigin}/`) ||
    url.startsWith(`${extensionOrigin}/`) ||
    url.startsWith('data:') ||
    url.startsWith(`blob:${extensionOrigin}/`) ||
    url === 'about:blank'
  );
}

interface BadgeColorApi {
  action: { getBadgeBackgroundColor(details: { tabId: number }): Promise<number[]> };
}

/** Runs in an extension context: the toolbar badge background colour of a tab, as [r, g, b, a]. */
export async function badgeColorOf(tabId: number): Promise<number[]> {
  const scope = globalThis as unknown as { browser?: BadgeColorApi; chrome?: BadgeColorApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('no extension API in this context');
  return api.action.getBadgeBackgroundColor({ tabId });
}
