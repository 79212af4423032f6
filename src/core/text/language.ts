import type { Language } from '../types';

// Letters only one of the three languages uses decide at once; otherwise the script decides.
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/u;
const RUSSIAN_ONLY = /[ыэъёЫЭЪЁ]/u;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

export function detectLanguage(text: string): Language {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (cyrillic === 0 && latin === 0) return 'und';
  if (latin >= cyrillic) return 'en';
  const uk = text.match(new RegExp(UKRAINIAN_ONLY, 'gu'))?.length ?? 0;
  const ru = text.match(new RegExp(RUSSIAN_ONLY, 'gu'))?.length ?? 0;
  return ru > uk ? 'ru' : 'uk';
}
