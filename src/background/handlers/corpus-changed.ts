import { forgetAllTabs } from '../tab-states';

/** Results computed against the old corpus are stale: the next popup opening checks again. */
export async function corpusChanged(): Promise<{ ok: true }> {
  await forgetAllTabs();
  return { ok: true };
}
