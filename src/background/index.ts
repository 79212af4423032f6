import browser, { type Runtime } from 'webextension-polyfill';
import { parseEnvelope, type Envelope, type MessageName } from '../messages/protocol';
import { pruneAutoChecks } from './auto-check';
import { showBadge } from './badge';
import { handlers, type SenderKind } from './handlers';
import { runKeyboardCommand } from './keyboard-commands';
import { forgetArticle } from './last-article';
import { forgetTab } from './tab-states';

const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

function senderKind(sender: Runtime.MessageSender): SenderKind | null {
  if (sender.id !== browser.runtime.id) return null;
  const origin = sender.url ? new URL(sender.url).origin : null;
  if (origin === extensionOrigin) return 'extension-page';
  return sender.tab?.id !== undefined ? 'content' : null;
}

function dispatch<K extends MessageName>(
  { type, payload }: Envelope<K>,
  sender: Runtime.MessageSender,
): Promise<unknown> {
  const handler = handlers[type];
  const kind = senderKind(sender);
  if (handler.from !== kind) {
    return Promise.reject(
      new Error(`Crosscheck: "${type}" is not accepted from ${kind ?? 'an unknown sender'}`),
    );
  }
  return handler.handle(payload, sender);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const envelope = parseEnvelope(message);
  if ('error' in envelope) return Promise.reject(new Error(envelope.error));
  return dispatch(envelope, sender);
});

browser.tabs.onRemoved.addListener((tabId) => {
  forgetArticle(tabId);
  void forgetTab(tabId);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new page in the tab: the old verdicts no longer apply.
  if (change.status === 'loading' && change.url) {
    void forgetTab(tabId).then(() => showBadge(tabId, null));
  }
});
browser.permissions.onRemoved.addListener(() => void pruneAutoChecks());
browser.commands.onCommand.addListener((command, tab) => void runKeyboardCommand(command, tab));
