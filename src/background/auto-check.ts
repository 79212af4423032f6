import browser from 'webextension-polyfill';
import { CONTENT_SCRIPT_FILE } from './content-script';

const SCRIPT_ID_PREFIX = 'crosscheck-auto-';

const scriptId = (origin: string) => SCRIPT_ID_PREFIX + encodeURIComponent(origin);

/**
 * Registers the content script on every page of an origin the reader opted in to. The popup asks
 * for the host permission first (only a user gesture may), so here it is already granted.
 */
export async function setAutoCheck(origin: string, enabled: boolean): Promise<{ ok: true }> {
  const id = scriptId(origin);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
  if (enabled) {
    await browser.scripting.registerContentScripts([
      {
        id,
        matches: [`${origin}/*`],
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return { ok: true };
}

/** Drops registrations whose host permission the reader has since revoked. */
export async function pruneAutoChecks(): Promise<void> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  for (const script of scripts) {
    if (!script.id.startsWith(SCRIPT_ID_PREFIX)) continue;
    const origins = script.matches ?? [];
    if (!(await browser.permissions.contains({ origins }))) {
      await browser.scripting.unregisterContentScripts({ ids: [script.id] });
    }
  }
}
