import type { PlacementReport } from '../../messages/protocol';
import { getTabState, setTabState } from '../tab-states';

/** Keeps what the page could place with the tab's result, so the popup can say what it could not. */
export async function placementHandler(
  placement: PlacementReport,
  tabId: number,
): Promise<{ ok: true }> {
  const state = await getTabState(tabId);
  if (state?.state === 'done') await setTabState(tabId, { ...state, placement });
  return { ok: true };
}
