import type { RequestOf, RevealResult } from '../../messages/protocol';
import { sendToTab } from '../../messages/client';
import { getTabState } from '../tab-states';

/** Scrolls the tab to a claim of its last check and flashes it. */
export async function revealClaim({
  tabId,
  claimIndex,
}: RequestOf<'popup-bg-reveal-claim'>): Promise<RevealResult> {
  const state = await getTabState(tabId);
  const claim = state?.state === 'done' ? state.report.claims[claimIndex] : undefined;
  if (!claim) return { found: false };
  try {
    return await sendToTab(tabId, 'bg-cs-reveal', { text: claim.text });
  } catch {
    // The page was reloaded or navigated away: no content script answers any more.
    return { found: false };
  }
}
