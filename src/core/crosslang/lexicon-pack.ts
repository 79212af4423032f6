import type { AssetReader } from '../assets';

/** The lexicon pack's path under the build's public/ folder. A separately licensed data file
 *  (GPL-2+, see its README and COPYING there): this code only reads it. */
export const LEXICON_PACK_PATH = 'lexicon-pack/uk-ru-en.txt';

/** One line of the pack: a Ukrainian or Russian word and its English translations (the most likely
 *  first), each with its index term as the engine's stemmers make it. The pack stores the stems so
 *  that loading does not stem 50k words again. */
export interface PackEntry {
  language: 'uk' | 'ru';
  word: string;
  stem: string;
  english: string[];
  englishStems: string[];
}

const CYRILLIC = /^[\u0400-\u04ff'ʼ-]+$/;
const ENGLISH = /^[a-z-]+(?:,[a-z-]+)*$/;
const FORMAT = 'language<TAB>word<TAB>stem<TAB>english,…<TAB>english stem,…';

/** Parses the pack: `#` comment lines and blank lines are skipped; every other line is
 *  `language<TAB>word<TAB>stem<TAB>english,english…<TAB>englishstem,englishstem…`. Throws on the
 *  first malformed line, naming it, so that a damaged or mismatched pack is never half read. */
export function parseLexiconPack(text: string): PackEntry[] {
  const entries: PackEntry[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const [language, word = '', stem = '', english = '', stems = '', extra] = line.split('\t');
    const englishWords = english.split(',');
    const englishStems = stems.split(',');
    if (
      (language !== 'uk' && language !== 'ru') ||
      extra !== undefined ||
      !CYRILLIC.test(word) ||
      !CYRILLIC.test(stem) ||
      !ENGLISH.test(english) ||
      !ENGLISH.test(stems) ||
      englishStems.length !== englishWords.length
    )
      throw new Error(
        `lexicon pack line ${index + 1} is malformed (want ${FORMAT}): ${JSON.stringify(line.slice(0, 80))}`,
      );
    entries.push({ language, word, stem, english: englishWords, englishStems });
  });
  return entries;
}

let entries: PackEntry[] | null = null;
let loading: Promise<void> | null = null;

/** Reads and parses the pack through the host's asset reader, once: later calls share the first
 *  call's promise; after a failure (missing file, bad line) the next call tries again. The lexicon
 *  takes the pack in on its next use. */
export function loadLexiconPack(read: AssetReader): Promise<void> {
  loading ??= read(LEXICON_PACK_PATH)
    .then((bytes) => {
      entries = parseLexiconPack(new TextDecoder().decode(bytes));
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** The pack's entries once loaded, else null. */
export const lexiconPackEntries = (): PackEntry[] | null => entries;

/** Forgets a loaded pack (for tests that compare the lexicon with and without it). */
export function unloadLexiconPack(): void {
  entries = null;
  loading = null;
}
