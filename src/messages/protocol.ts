// The one protocol between extension contexts: message name → request and response types, with a
// validator per request, since any context (or a compromised page) could send anything.
// Messages to the background are in `Protocol`; messages from the background to a tab's content
// script are in `ContentProtocol`.
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
  siteName?: string | null;
  byline?: string | null;
  published?: string | null;
}

/** Corpus metadata the report's `Doc` does not carry, for showing evidence. */
export interface SourceDetails {
  published: string | null;
  url: string | null;
  /** Documents with the same origin (copies of one wire story) share this key. */
  origin: string;
}

export interface CheckedPage {
  url: string;
  siteName: string | null;
  byline: string | null;
  published: string | null;
}

export type TabCheckState =
  | { state: 'no-article'; url: string }
  | { state: 'empty-corpus' }
  | { state: 'error'; message: string }
  | {
      state: 'done';
      url: string;
      page: CheckedPage;
      report: CheckReport;
      sources: Record<string, SourceDetails>;
      corpusDocuments: number;
      checkedAt: number;
      /** How long the background spent (ms): the engine over the store, then the source details. */
      /** Milliseconds: loading the engine's data (0 once loaded), the engine, the source details. */
      timings: { resources: number; check: number; sources: number };
      /** How many highlighted claims the page could place; set once the content script reports. */
      placement?: PlacementReport;
    };

/** Claims the content script found on the live page, and the ones it could not place there. */
export interface PlacementReport {
  mapped: number;
  unmapped: string[];
}

export interface Protocol {
  /** popup → background: check this tab (inject the content script if needed); resolves when done. */
  'popup-bg-check-tab': {
    request: { tabId: number; useSelection?: boolean };
    response: TabCheckState;
  };
  /** popup → background: stop waiting for this tab's check; its result, when it comes, is dropped. */
  'popup-bg-cancel-check': { request: { tabId: number }; response: { ok: true } };
  /** popup → background: the cached state of the tab, without checking. */
  'popup-bg-get-tab-state': { request: { tabId: number }; response: TabCheckState | null };
  /** popup → background: scroll the tab to a claim and flash it. */
  'popup-bg-reveal-claim': {
    request: { tabId: number; claimIndex: number };
    response: RevealResult;
  };
  /** popup → background: add this tab's article to the corpus. */
  'popup-bg-add-page': { request: { tabId: number }; response: AddPageResult };
  /** popup → background: show or hide the highlights in a tab. */
  'popup-bg-set-highlights': {
    request: { tabId: number; visible: boolean };
    response: HighlightsState;
  };
  /** content → background: the page's article; the background checks it and answers with the verdicts. */
  'cs-bg-article': {
    request: ExtractedArticle | { noArticle: true; url: string };
    response: TabCheckState;
  };
  /** content → background: which claims could be placed on the page for highlighting. */
  'cs-bg-placement': { request: PlacementReport; response: { ok: true } };
  /** popup → background: check pages on this origin automatically (host permission already granted). */
  'popup-bg-set-auto-check': {
    request: { origin: string; enabled: boolean };
    response: { ok: true };
  };
  /** options → background: the corpus changed; cached results are stale. */
  'options-bg-corpus-changed': { request: Record<string, never>; response: { ok: true } };
}

export type AddPageResult =
  | { state: 'added' | 'duplicate'; documentId: string; title: string }
  | { state: 'no-article' }
  | { state: 'error'; message: string };

export interface RevealResult {
  found: boolean;
}

export interface HighlightsState {
  visible: boolean;
}

export interface ContentProtocol {
  /** background → content: scroll to this claim and flash it. */
  'bg-cs-reveal': { request: { text: string }; response: RevealResult };
  /** background → content: show, hide or toggle the highlights. */
  'bg-cs-set-highlights': { request: { visible: boolean | 'toggle' }; response: HighlightsState };
  /** background → content: move to the next highlighted claim and show its card (keyboard). */
  'bg-cs-focus-next': { request: Record<string, never>; response: RevealResult };
}

export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = Protocol[K]['request'];
export type ResponseOf<K extends MessageName> = Protocol[K]['response'];
export type ContentMessageName = keyof ContentProtocol;
export type ContentRequestOf<K extends ContentMessageName> = ContentProtocol[K]['request'];
export type ContentResponseOf<K extends ContentMessageName> = ContentProtocol[K]['response'];

export interface Envelope<K extends MessageName = MessageName> {
  type: K;
  payload: RequestOf<K>;
}

export interface ContentEnvelope<K extends ContentMessageName = ContentMessageName> {
  type: K;
  payload: ContentRequestOf<K>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isOptionalText = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.length < 10_000);
const MAX_ARTICLE_CHARS = 2_000_000;

type Validators<P> = { [K in keyof P]: (payload: unknown) => boolean };

const validators: Validators<Protocol> = {
  'popup-bg-check-tab': (p) =>
    isRecord(p) &&
    isIndex(p.tabId) &&
    (p.useSelection === undefined || typeof p.useSelection === 'boolean'),
  'popup-bg-cancel-check': (p) => isRecord(p) && isIndex(p.tabId),
  'popup-bg-get-tab-state': (p) => isRecord(p) && isIndex(p.tabId),
  'popup-bg-reveal-claim': (p) => isRecord(p) && isIndex(p.tabId) && isIndex(p.claimIndex),
  'popup-bg-add-page': (p) => isRecord(p) && isIndex(p.tabId),
  'popup-bg-set-highlights': (p) =>
    isRecord(p) && isIndex(p.tabId) && typeof p.visible === 'boolean',
  'cs-bg-article': (p) =>
    isRecord(p) &&
    typeof p.url === 'string' &&
    (p.noArticle === true ||
      (typeof p.title === 'string' &&
        typeof p.text === 'string' &&
        p.text.length <= MAX_ARTICLE_CHARS &&
        (p.source === 'readability' || p.source === 'selection') &&
        isOptionalText(p.siteName) &&
        isOptionalText(p.byline) &&
        isOptionalText(p.published))),
  'cs-bg-placement': (p) =>
    isRecord(p) &&
    isIndex(p.mapped) &&
    Array.isArray(p.unmapped) &&
    p.unmapped.length <= 10_000 &&
    p.unmapped.every((text) => typeof text === 'string'),
  'popup-bg-set-auto-check': (p) =>
    isRecord(p) &&
    typeof p.origin === 'string' &&
    /^https?:\/\/[^/]+$/.test(p.origin) &&
    typeof p.enabled === 'boolean',
  'options-bg-corpus-changed': (p) => isRecord(p),
};

const contentValidators: Validators<ContentProtocol> = {
  'bg-cs-reveal': (p) => isRecord(p) && typeof p.text === 'string' && p.text.length > 0,
  'bg-cs-set-highlights': (p) =>
    isRecord(p) && (typeof p.visible === 'boolean' || p.visible === 'toggle'),
  'bg-cs-focus-next': (p) => isRecord(p),
};

function parseWith<E>(
  checks: Record<string, (payload: unknown) => boolean>,
  message: unknown,
): E | { error: string } {
  if (!isRecord(message) || typeof message.type !== 'string') {
    return { error: 'Crosscheck: a message must be an object with a string "type"' };
  }
  const check = Object.hasOwn(checks, message.type) ? checks[message.type] : undefined;
  if (!check) return { error: `Crosscheck: unknown message type "${message.type}"` };
  if (!check(message.payload)) {
    return { error: `Crosscheck: invalid payload for "${message.type}"` };
  }
  return { type: message.type, payload: message.payload } as E;
}

/** Narrows a message sent to the background to a valid envelope, or says what is wrong with it. */
export function parseEnvelope(message: unknown): Envelope | { error: string } {
  return parseWith<Envelope>(validators, message);
}

/** Narrows a message sent to a content script to a valid envelope, or says what is wrong. */
export function parseContentEnvelope(message: unknown): ContentEnvelope | { error: string } {
  return parseWith<ContentEnvelope>(contentValidators, message);
}
