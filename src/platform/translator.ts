import type { Language, Translate } from '../core';

// Chrome's on-device Translator API (https://developer.chrome.com/docs/ai/translator-api), where the
// browser has it. Only models already on the machine are used: a "downloadable" model would be
// fetched from the network, which a check never does, so that counts as no translator. The reader
// may let Chrome download the models once, from the corpus page (downloadTranslationModels), and
// only by clicking there.
export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** The pairs a check can use: Ukrainian and Russian claims against English sentences. */
export const TRANSLATION_PAIRS = [
  { sourceLanguage: 'uk', targetLanguage: 'en' },
  { sourceLanguage: 'ru', targetLanguage: 'en' },
] as const;

interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

interface TranslatorInstance {
  translate(text: string): Promise<string>;
}

export interface TranslatorApi {
  availability(pair: { sourceLanguage: string; targetLanguage: string }): Promise<Availability>;
  create(options: {
    sourceLanguage: string;
    targetLanguage: string;
    monitor?: (monitor: DownloadMonitor) => void;
  }): Promise<TranslatorInstance>;
}

/** The browser's Translator API, when it has one. */
export function translatorApi(): TranslatorApi | undefined {
  const api = (globalThis as { Translator?: TranslatorApi }).Translator;
  return isTranslatorApi(api) ? api : undefined;
}

function isTranslatorApi(api: TranslatorApi | undefined): api is TranslatorApi {
  return !!api && typeof api.availability === 'function' && typeof api.create === 'function';
}

/** How far the models for TRANSLATION_PAIRS are: the least ready of them ('unavailable' when any
 *  pair cannot be had, or on an error). Asking downloads nothing. */
export async function translationModels(api: TranslatorApi): Promise<Availability> {
  const order: Availability[] = ['unavailable', 'downloadable', 'downloading', 'available'];
  try {
    const states = await Promise.all(TRANSLATION_PAIRS.map((pair) => api.availability(pair)));
    return states.reduce((least, state) =>
      order.indexOf(state) < order.indexOf(least) ? state : least,
    );
  } catch {
    return 'unavailable';
  }
}

/** Lets Chrome download the models for TRANSLATION_PAIRS (Chrome fetches them from Google; no
 *  text is sent). Call only from the reader's click: Chrome requires it, and so does the privacy
 *  promise. `onProgress` gets the share downloaded, in [0, 1], over all pairs. */
export async function downloadTranslationModels(
  api: TranslatorApi,
  onProgress: (share: number) => void,
): Promise<void> {
  const loaded = TRANSLATION_PAIRS.map(() => 0);
  await Promise.all(
    TRANSLATION_PAIRS.map((pair, i) =>
      api.create({
        ...pair,
        monitor: (monitor) =>
          monitor.addEventListener('downloadprogress', (event) => {
            loaded[i] = event.loaded;
            onProgress(loaded.reduce((sum, x) => sum + x, 0) / loaded.length);
          }),
      }),
    ),
  );
  onProgress(1);
}

/** A `Translate` over the browser's on-device translator, or undefined where there is none. */
export function onDeviceTranslator(
  api: TranslatorApi | undefined = translatorApi(),
): Translate | undefined {
  if (!isTranslatorApi(api)) return undefined;
  const translators = new Map<string, Promise<TranslatorInstance | null>>();
  // Only "available": creating a translator for a "downloadable" pair would start a download.
  const translatorFor = (from: Language, to: Language) => {
    const key = `${from}>${to}`;
    let translator = translators.get(key);
    if (!translator) {
      const pair = { sourceLanguage: from, targetLanguage: to };
      translator = api
        .availability(pair)
        .then((availability) => (availability === 'available' ? api.create(pair) : null))
        .catch(() => null);
      translators.set(key, translator);
    }
    return translator;
  };
  return async (text, from, to) => {
    const translator = await translatorFor(from, to);
    return translator ? translator.translate(text) : null;
  };
}
