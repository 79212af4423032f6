import { stem } from '../text/terms';
import { CORE_LEXICON } from './core-lexicon';
import { lexiconPackEntries, type PackEntry } from './lexicon-pack';
import { NAME_ALIASES } from './name-aliases';

/** Ukrainian and Russian index terms → the English index terms they translate to, and back. */
export interface Lexicon {
  toEnglish: Map<string, string[]>;
  fromEnglish: Map<string, string[]>;
  /** The English word as the table writes it, for glosses ("missile", not the stem "missil"). */
  headword: Map<string, string>;
}

let loaded: Lexicon | null = null;
/** The pack entries the cached lexicon was built with (null: built without the pack). */
let builtWith: PackEntry[] | null = null;

/** The lexicon, built on first use from the tables (stemming about 2,000 words: 15–45 ms, once per worker start). Keys
 *  go through the same stemmers as the index, so any inflected form finds its entry. Built again,
 *  once, on the first use after the lexicon pack has been loaded (see lexicon-pack.ts), to take it in. */
export function lexicon(): Lexicon {
  const pack = lexiconPackEntries();
  if (loaded && builtWith === pack) return loaded;
  builtWith = pack;
  const built: Lexicon = { toEnglish: new Map(), fromEnglish: new Map(), headword: new Map() };
  for (const table of [NAME_ALIASES, CORE_LEXICON]) {
    for (const line of table.split('\n')) {
      const [english, ...words] = line.trim().split(/\s+/);
      if (!english || !words.length) continue;
      const targets = english.split('+').map((word) => stem(word, 'en'));
      for (const word of words)
        for (const language of ['uk', 'ru'] as const) {
          const source = stem(word, language);
          add(built, source, targets);
          if (!built.headword.has(source)) built.headword.set(source, english.replace(/\+/g, ' '));
        }
    }
  }
  if (pack) mergePack(built, pack);
  return (loaded = built);
}

/** Adds the lexicon pack's entries for the stems the hand tables lack: the hand-written news
 *  vocabulary and the name aliases keep their translations and glosses. The pack stores its stems
 *  (made by the same stemmers at build time), so merging stems nothing. */
function mergePack(built: Lexicon, pack: PackEntry[]): void {
  const hand = new Set(built.toEnglish.keys());
  for (const entry of pack) {
    if (hand.has(entry.stem)) continue;
    add(built, entry.stem, entry.englishStems);
    if (!built.headword.has(entry.stem)) built.headword.set(entry.stem, entry.english[0] ?? '');
  }
}

function add(lexicon: Lexicon, source: string, targets: string[]): void {
  const known = lexicon.toEnglish.get(source) ?? [];
  for (const target of targets) {
    if (!known.includes(target)) known.push(target);
    const back = lexicon.fromEnglish.get(target) ?? [];
    if (!back.includes(source)) back.push(source);
    lexicon.fromEnglish.set(target, back);
  }
  lexicon.toEnglish.set(source, known);
}
