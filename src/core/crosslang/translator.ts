import type { Language } from '../types';

/** An on-device translator the host may offer (Chrome's Translator API in the extension): resolves
 *  with the translation, or null when it cannot translate this pair now. Core never calls a browser
 *  API itself; without a translator the lexicon path does the work. */
export type Translate = (text: string, from: Language, to: Language) => Promise<string | null>;

/** English translations of Ukrainian or Russian claims (null where there is none), one call per
 *  claim; a translator that throws counts as absent for that claim. */
export async function translateClaims(
  texts: string[],
  language: Language,
  translate: Translate | undefined,
): Promise<(string | null)[]> {
  if (!translate || (language !== 'uk' && language !== 'ru')) return texts.map(() => null);
  return Promise.all(texts.map((text) => translate(text, language, 'en').catch(() => null)));
}
