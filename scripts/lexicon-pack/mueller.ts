// Parses the Mueller English–Russian dictionary (dictd text, as Debian's mueller7-dict ships it) into
// English headwords with the Russian single-word senses worth a lexicon.

/** Which senses to keep: the first `senses` numbered senses of each part of speech of each homonym
 *  of a headword, the first
 *  `words` single-word Russian translations of each, skipping senses under the `drop` labels. */
export interface MuellerFilter {
  senses: number;
  words: number;
  drop: Set<string>;
}

/** One kept translation: English headword, Russian word, and its rank in the entry (0 = first). */
export interface Sense {
  english: string;
  russian: string;
  rank: number;
}

/** Labels of senses that news seldom means: obsolete, historical, poetic, dialect, slang, jocular,
 *  rare, and the narrow fields (botany, zoology, anatomy, …); and the parts of speech that are not
 *  content words (prepositions, conjunctions, pronouns) or are forms of another headword. */
export const DROP_LABELS = new Set(
  (
    '_уст. _ист. _поэт. _диал. _sl. _груб. _шутл. _редк. _презр. _ирон. _библ. _миф. _шотл. _ирл. ' +
    '_амер.-инд. _австрал. _бот. _зоол. _анат. _мед. _хим. _мин. _геол. _тех. _мор. _архит. _полигр. ' +
    '_церк. _рел. _муз. _спорт. _карт. _охот. _текст. _эл. _радио _физ. _мат. _грам. _лингв. _фон. ' +
    '_стих. _театр. _кино _жив. _фото _ж.-д. _горн. _с.-х. _стр. _астр. _лог. _фил. _психол. _ав.-тех. ' +
    '_prep. _cj. _conj. _pron. _interj. _pres-p. _p-p. _p. _pref. _suff.'
  ).split(' '),
);

const LABEL = /_[^\s.]+\.?/g;
const RUSSIAN_WORD = /^[а-яё]{3,}(?:-[а-яё]{2,})?$/;
const ENGLISH_HEADWORD = /^[a-z]{3,}$/;

/** The dictionary's entries: headword lines start in column 0, their bodies are indented. */
export function* muellerEntries(text: string): Generator<{ headword: string; body: string }> {
  let headword: string | null = null;
  let body: string[] = [];
  for (const line of text.split('\n')) {
    if (line && !/^\s/.test(line)) {
      if (headword) yield { headword, body: body.join(' ') };
      headword = line.trim();
      body = [];
    } else body.push(line.trim());
  }
  if (headword) yield { headword, body: body.join(' ') };
}

/** The kept senses of one entry. Homonyms (`_I`, `_II`) each start their sense count again; a
 *  part-of-speech block (`1. _n.`) and a numbered sense (`1)`) each open a sense; text after the
 *  first English word of a sense is an example and is not read. */
export function entrySenses(headword: string, body: string, filter: MuellerFilter): Sense[] {
  if (!ENGLISH_HEADWORD.test(headword)) return [];
  const senses: Sense[] = [];
  const text = body.replace(/\[[^\]]*\]/g, ' ');
  for (const homonym of text.split(/(?:^|\s)_[IVX]+(?=\s)/)) {
    let kept = 0;
    let blockLabels: string[] = [];
    for (const part of homonym.split(/(?:^|\s)(?=\d+[.)]\s)/)) {
      const marker = /^(\d+)([.)])\s/.exec(part);
      const content = marker ? part.slice(marker[0].length) : part;
      const { labels, rest } = leadingLabels(content);
      if (marker?.[2] !== ')') [blockLabels, kept] = [labels, 0];
      if (kept >= filter.senses) continue;
      const all = marker?.[2] === ')' ? [...blockLabels, ...labels] : labels;
      if (all.some((label) => filter.drop.has(label))) continue;
      const words = senseWords(rest).slice(0, filter.words);
      if (!words.length) continue;
      words.forEach((russian, i) =>
        senses.push({ english: headword, russian, rank: kept + i / 2 }),
      );
      kept++;
    }
  }
  return senses;
}

function leadingLabels(text: string): { labels: string[]; rest: string } {
  const labels: string[] = [];
  let rest = text.trim();
  for (;;) {
    const match = /^(_[^\s.]+\.?)\s*/.exec(rest);
    if (!match?.[1]) return { labels, rest };
    labels.push(match[1]);
    rest = rest.slice(match[0].length);
  }
}

/** Single Russian words of a sense, in order, up to its first example or cross-reference. */
function senseWords(text: string): string[] {
  const words: string[] = [];
  const plain = text.replace(/\([^)]*\)/g, ' ').replace(LABEL, ' ');
  for (const chunk of plain.split(/[;,]/)) {
    if (/[a-z=]/i.test(chunk)) break;
    const word = chunk.trim().toLowerCase();
    if (RUSSIAN_WORD.test(word)) words.push(word);
  }
  return words;
}
