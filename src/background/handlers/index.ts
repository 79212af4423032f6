import type { Runtime } from 'webextension-polyfill';
import type { MessageName, RequestOf, ResponseOf } from '../../messages/protocol';
import { setAutoCheck } from '../auto-check';
import { addPage } from './add-page';
import { articleHandler } from './article';
import { cancelCheck } from './cancel-check';
import { checkTab } from './check-tab';
import { corpusChanged } from './corpus-changed';
import { getTabStateHandler } from './get-tab-state';
import { placementHandler } from './placement';
import { revealClaim } from './reveal-claim';
import { setHighlights } from './set-highlights';

/** Who may send a message: a content script in a tab, or one of the extension's own pages. */
export type SenderKind = 'content' | 'extension-page';

interface Handler<K extends MessageName> {
  from: SenderKind;
  handle(payload: RequestOf<K>, sender: Runtime.MessageSender): Promise<ResponseOf<K>>;
}

function senderTab(sender: Runtime.MessageSender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('Crosscheck: this message must come from a tab');
  return tabId;
}

export const handlers: { [K in MessageName]: Handler<K> } = {
  'cs-bg-article': {
    from: 'content',
    handle: (payload, sender) => articleHandler(payload, senderTab(sender)),
  },
  'cs-bg-placement': {
    from: 'content',
    handle: (payload, sender) => placementHandler(payload, senderTab(sender)),
  },
  'popup-bg-check-tab': { from: 'extension-page', handle: checkTab },
  'popup-bg-cancel-check': { from: 'extension-page', handle: cancelCheck },
  'popup-bg-add-page': { from: 'extension-page', handle: addPage },
  'popup-bg-get-tab-state': { from: 'extension-page', handle: getTabStateHandler },
  'popup-bg-reveal-claim': { from: 'extension-page', handle: revealClaim },
  'popup-bg-set-highlights': {
    from: 'extension-page',
    handle: ({ tabId, visible }) => setHighlights(tabId, visible),
  },
  'popup-bg-set-auto-check': {
    from: 'extension-page',
    handle: ({ origin, enabled }) => setAutoCheck(origin, enabled),
  },
  'options-bg-corpus-changed': { from: 'extension-page', handle: corpusChanged },
};
