import type { HighlightsState } from '../../messages/protocol';
import { sendToTab } from '../../messages/client';

/** Shows, hides or toggles the highlights in a tab; a tab without a check has none to show. */
export async function setHighlights(
  tabId: number,
  visible: boolean | 'toggle',
): Promise<HighlightsState> {
  try {
    return await sendToTab(tabId, 'bg-cs-set-highlights', { visible });
  } catch {
    return { visible: false };
  }
}
