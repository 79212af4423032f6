import type { RequestOf, TabCheckState } from '../../messages/protocol';
import { getTabState } from '../tab-states';

export function getTabStateHandler({
  tabId,
}: RequestOf<'popup-bg-get-tab-state'>): Promise<TabCheckState | null> {
  return getTabState(tabId);
}
