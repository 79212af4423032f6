import type { AddPageResult, TabCheckState } from '../messages/protocol';

export interface PopupTab {
  id: number;
  url: string | null;
}

/** Everything the popup asks of the extension; tests pass a mock. */
export interface PopupActions {
  /** The tab the popup speaks about (the active tab, or ?tabId=N when opened as a page). */
  currentTab(): Promise<PopupTab | null>;
  cachedState(tabId: number): Promise<TabCheckState | null>;
  check(tabId: number, useSelection?: boolean): Promise<TabCheckState>;
  /** Stops the tab's check: `check` resolves at once, and the result is not kept. */
  cancelCheck(tabId: number): Promise<void>;
  /** Scrolls the page to a claim and flashes it; false when the page no longer has it. */
  revealClaim(tabId: number, claimIndex: number): Promise<boolean>;
  highlightsEnabledOn(origin: string): Promise<boolean>;
  /** Remembers the choice for the site and applies it to the tab at once. */
  setHighlightsOn(tabId: number, origin: string, enabled: boolean): Promise<void>;
  openCorpusPage(documentId?: string): Promise<void>;
  /** Adds the tab's article to the corpus. */
  addPage(tabId: number): Promise<AddPageResult>;
  /** Asks for the site's host permission (needs the click's user gesture) and registers the check. */
  enableAutoCheck(origin: string): Promise<boolean>;
  /** Identifies the corpus's current contents, so an exported report can be reproduced. */
  corpusFingerprint(): Promise<string>;
  download(fileName: string, content: string, mimeType: string): void;
}
