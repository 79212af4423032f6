import browser, { type Runtime } from 'webextension-polyfill';
import { sendToBackground } from '../messages/client';
import {
  parseContentEnvelope,
  USE_SELECTION_FLAG,
  type ContentEnvelope,
  type ContentMessageName,
  type ContentRequestOf,
  type ContentResponseOf,
} from '../messages/protocol';
import { highlightsEnabledOn } from '../settings/site-settings';
import { extractArticle, extractSelection } from './extract';
import { PageController } from './page-controller';

// The script is injected on every click (or registered for an opted-in site), but the page keeps
// one controller and one message listener: later injections reuse them.
const CONTROLLER_KEY = '__crosscheckController';
type Scope = Record<string, unknown>;

function controller(): PageController {
  const scope = globalThis as Scope;
  const existing = scope[CONTROLLER_KEY];
  if (existing instanceof PageController) return existing;
  const created = new PageController(document);
  scope[CONTROLLER_KEY] = created;
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only the extension's background speaks to this script.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const envelope = parseContentEnvelope(message);
    if ('error' in envelope) return Promise.reject(new Error(envelope.error));
    return Promise.resolve(handle(created, envelope));
  });
  return created;
}

function handle<K extends ContentMessageName>(
  page: PageController,
  { type, payload }: ContentEnvelope<K>,
): ContentResponseOf<ContentMessageName> {
  const handlers: { [N in ContentMessageName]: (p: ContentRequestOf<N>) => ContentResponseOf<N> } =
    {
      'bg-cs-reveal': ({ text }) => page.reveal(text),
      'bg-cs-set-highlights': ({ visible }) => page.setVisible(visible),
      'bg-cs-focus-next': () => page.focusNext(),
    };
  return handlers[type](payload);
}

async function run(): Promise<void> {
  const page = controller();
  const url = location.href;
  const useSelection = (globalThis as Scope)[USE_SELECTION_FLAG] === true;
  const article = useSelection
    ? extractSelection(document, url)
    : (extractArticle(document, url) ?? extractSelection(document, url));
  const state = await sendToBackground(
    'cs-bg-article',
    article ?? { noArticle: true as const, url },
  );
  if (state.state !== 'done') return;
  const placement = page.apply(state, await highlightsEnabledOn(location.origin));
  await sendToBackground('cs-bg-placement', placement);
}

run().catch((error: unknown) => console.error('Crosscheck: content script failed', error));
