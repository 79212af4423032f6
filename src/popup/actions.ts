import type { TabCheckState } from '../messages/protocol';

/** Everything the popup asks of the extension; tests pass a mock. */
export interface PopupActions {
  /** The tab the popup speaks about (the active tab, or ?tabId=N when opened as a page). */
  currentTab(): Promise<{ id: number; url: string | null } | null>;
  cachedState(tabId: number): Promise<TabCheckState | null>;
  check(tabId: number, useSelection?: boolean): Promise<TabCheckState>;
  openCorpusPage(): Promise<void>;
  /** Asks for the site's host permission (needs the click's user gesture) and registers the check. */
  enableAutoCheck(origin: string): Promise<boolean>;
}
