import browser from 'webextension-polyfill';
import type { TabCheckState } from '../messages/protocol';

const UNCORROBORATED_COLOR = '#b3261e';
const DIFFERING_COLOR = '#8a5a00';

/** The toolbar badge: the number of uncorroborated claims, amber with "!" when sources differ. */
export async function showBadge(tabId: number, state: TabCheckState | null): Promise<void> {
  if (!state || state.state !== 'done') {
    await browser.action.setBadgeText({ tabId, text: '' });
    return;
  }
  const claims = state.report.claims;
  const uncorroborated = claims.filter((c) => c.verdict === 'uncorroborated').length;
  const differing = claims.some((c) => c.verdict === 'differing' || c.verdict === 'mixed');
  const text = `${uncorroborated}${differing ? '!' : ''}`;
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({
    tabId,
    color: differing ? DIFFERING_COLOR : UNCORROBORATED_COLOR,
  });
}
