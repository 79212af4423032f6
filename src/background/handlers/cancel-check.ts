import type { RequestOf } from '../../messages/protocol';
import { cancelTab } from '../pending-checks';

/** popup → background: the reader stopped waiting for this tab's check. */
export async function cancelCheck({ tabId }: RequestOf<'popup-bg-cancel-check'>) {
  cancelTab(tabId);
  return { ok: true as const };
}
