import type { RequestOf, TabCheckState } from '../../messages/protocol';
import { injectContentScript } from '../content-script';
import { awaitTabResult, isAwaiting, settleTab } from '../pending-checks';
import { setTabState } from '../tab-states';

/** The reader asked to check a tab: run the content script there and wait for its verdicts. */
export async function checkTab({
  tabId,
  useSelection,
}: RequestOf<'popup-bg-check-tab'>): Promise<TabCheckState> {
  const alreadyRunning = isAwaiting(tabId);
  const result = awaitTabResult(tabId);
  if (!alreadyRunning) {
    const injectionError = await injectContentScript(tabId, useSelection);
    if (injectionError) {
      const state: TabCheckState = { state: 'error', message: injectionError };
      await setTabState(tabId, state);
      settleTab(tabId, state);
    }
  }
  return result;
}
