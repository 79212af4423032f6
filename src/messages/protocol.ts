// The one protocol between extension contexts: message name → request and response types, with a
// validator per request, since any context (or a compromised page) could send anything.
import type { CheckReport } from '../core';

/** Set in the content script's world before it runs: check the selection, not the article. */
export const USE_SELECTION_FLAG = '__crosscheckUseSelection';

/** What the content script extracted from the page. */
export interface ExtractedArticle {
  url: string;
  title: string;
  /** Article text, paragraphs separated by blank lines; claim offsets point into it. */
  text: string;
  /** Where the extraction came from: Readability, or the reader's selection. */
  source: 'readability' | 'selection';
}

export type TabCheckState =
  | { state: 'no-article'; url: string }
  | { state: 'empty-corpus' }
  | { state: 'error'; message: string }
  | { state: 'done'; url: string; report: CheckReport; corpusDocuments: number; checkedAt: number };

export interface Protocol {
  /** popup → background: check this tab (inject the content script if needed); resolves when done. */
  'popup-bg-check-tab': {
    request: { tabId: number; useSelection?: boolean };
    response: TabCheckState;
  };
  /** popup → background: the cached state of the tab, without checking. */
  'popup-bg-get-tab-state': { request: { tabId: number }; response: TabCheckState | null };
  /** content → background: the page's article; the background checks it and answers with the verdicts. */
  'cs-bg-article': {
    request: ExtractedArticle | { noArticle: true; url: string };
    response: TabCheckState;
  };
  /** popup → background: check pages on this origin automatically (host permission already granted). */
  'popup-bg-set-auto-check': {
    request: { origin: string; enabled: boolean };
    response: { ok: true };
  };
  /** options → background: the corpus changed; cached results are stale. */
  'options-bg-corpus-changed': { request: Record<string, never>; response: { ok: true } };
}

export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = Protocol[K]['request'];
export type ResponseOf<K extends MessageName> = Protocol[K]['response'];

export interface Envelope<K extends MessageName = MessageName> {
  type: K;
  payload: RequestOf<K>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTabId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const MAX_ARTICLE_CHARS = 2_000_000;

const validators: { [K in MessageName]: (payload: unknown) => payload is RequestOf<K> } = {
  'popup-bg-check-tab': (p): p is RequestOf<'popup-bg-check-tab'> =>
    isRecord(p) &&
    isTabId(p.tabId) &&
    (p.useSelection === undefined || typeof p.useSelection === 'boolean'),
  'popup-bg-get-tab-state': (p): p is RequestOf<'popup-bg-get-tab-state'> =>
    isRecord(p) && isTabId(p.tabId),
  'cs-bg-article': (p): p is RequestOf<'cs-bg-article'> =>
    isRecord(p) &&
    typeof p.url === 'string' &&
    (p.noArticle === true ||
      (typeof p.title === 'string' &&
        typeof p.text === 'string' &&
        p.text.length <= MAX_ARTICLE_CHARS &&
        (p.source === 'readability' || p.source === 'selection'))),
  'popup-bg-set-auto-check': (p): p is RequestOf<'popup-bg-set-auto-check'> =>
    isRecord(p) &&
    typeof p.origin === 'string' &&
    /^https?:\/\/[^/]+$/.test(p.origin) &&
    typeof p.enabled === 'boolean',
  'options-bg-corpus-changed': (p): p is RequestOf<'options-bg-corpus-changed'> => isRecord(p),
};

/** Narrows an incoming message to a valid envelope, or says what is wrong with it. */
export function parseEnvelope(message: unknown): Envelope | { error: string } {
  if (!isRecord(message) || typeof message.type !== 'string') {
    return { error: 'Crosscheck: a message must be an object with a string "type"' };
  }
  if (!(message.type in validators)) {
    return { error: `Crosscheck: unknown message type "${message.type}"` };
  }
  const type = message.type as MessageName;
  if (!validators[type](message.payload)) {
    return { error: `Crosscheck: invalid payload for "${type}"` };
  }
  return { type, payload: message.payload } as Envelope;
}
