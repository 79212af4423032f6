import type { Language, Translate } from '../core';

// Chrome's on-device Translator API (https://developer.chrome.com/docs/ai/translator-api), where the
// browser has it. Only models already on the machine are used: a "downloadable" model would be
// fetched from the network, which Crosscheck never does, so that counts as no translator.
type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface TranslatorInstance {
  translate(text: string): Promise<string>;
}

export interface TranslatorApi {
  availability(pair: { sourceLanguage: string; targetLanguage: string }): Promise<Availability>;
  create(pair: { sourceLanguage: string; targetLanguage: string }): Promise<TranslatorInstance>;
}

/** A `Translate` over the browser's on-device translator, or undefined where there is none. */
export function onDeviceTranslator(
  api: TranslatorApi | undefined = (globalThis as { Translator?: TranslatorApi }).Translator,
): Translate | undefined {
  if (!api || typeof api.availability !== 'function' || typeof api.create !== 'function') {
    return undefined;
  }
  const translators = new Map<string, Promise<TranslatorInstance | null>>();
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
