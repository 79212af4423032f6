import { stem } from '../text/terms';
import { CORE_LEXICON } from './core-lexicon';
import { NAME_ALIASES } from './name-aliases';

/** Ukrainian and Russian index terms → the English index terms they translate to, and back. */
export interface Lexicon {
  toEnglish: Map<string, string[]>;
  fromEnglish: Map<string, string[]>;
  /** The English word as the table writes it, for glosses ("missile", not the stem "missil"). */
  headword: Map<string, string>;
}

let loaded: Lexicon | null = null;

/** The lexicon, built on first use from the tables (stemming about 2,000 words: 15–45 ms, once per worker start). Keys
 *  go through the same stemmers as the index, so any inflected form finds its entry. */
export function lexicon(): Lexicon {
  if (loaded) return loaded;
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
  return (loaded = built);
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
