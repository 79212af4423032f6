// The WordNet file `engine/en-wordnet.txt`, defined once: the build script encodes it and the
// engine decodes it. UTF-8 text, one record a line; numbers are base-36 indices.
//
//   crosscheck-wordnet 1
//   words N           then N lines: the lemmas, lowercase single words, sorted
//   synsets S         then S lines: a part of speech (n, v, a or r), the synset's member lemmas
//                     as word indices joined by ",", and, for nouns and verbs with any,
//                     ">" and the synset's direct hypernyms as synset indices joined by ","
//   derived P         then P lines: two word indices "a,b" (a < b), a derivational link
//
// Kept from WordNet, and why:
// - synsets (same-synset lemmas are synonyms in at least one sense): the plainest "same meaning";
// - direct hypernyms of nouns and verbs, pointers "@" and "@i" (instance of): a claim often names
//   the kind where its source names the thing ("the official" for "the minister"); one step only,
//   since two steps already reach very general words ("person", "act");
// - derivational links, pointer "+" (e.g. inspect / inspection), and adverb-to-adjective
//   pertainyms "\" (e.g. quickly / quick): the same event told with another part of speech.
// Dropped: antonyms (they are the opposite signal), meronyms, similar-to clusters of adjectives,
// and hyponyms as stored pointers (they are the inverse of hypernyms and can be derived).

export const WORDNET_HEADER = 'crosscheck-wordnet 1';

export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';

export interface Synset {
  pos: PartOfSpeech;
  /** Word indices. */
  members: number[];
  /** Synset indices. */
  hypernyms: number[];
}

export interface WordNetTables {
  words: string[];
  synsets: Synset[];
  /** Word index pairs. */
  derived: [number, number][];
}

const b36 = (n: number) => n.toString(36);
/** The comma-separated base-36 numbers in text[from, to): by hand, several times faster than
 *  split and parseInt on the ~100,000 lines of the file. */
function list(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  if (from >= to) return out;
  let n = 0;
  let digits = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 44) {
      if (digits === 0) break;
      out.push(n);
      n = 0;
      digits = 0;
      continue;
    }
    const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : -1;
    if (digit < 0) throw new Error(`wordnet: bad number in "${text.slice(from, to)}"`);
    n = n * 36 + digit;
    digits++;
  }
  if (digits === 0) throw new Error(`wordnet: bad number list "${text.slice(from, to)}"`);
  out.push(n);
  return out;
}

export function encodeWordNet(tables: WordNetTables): string {
  const lines = [WORDNET_HEADER, `words ${tables.words.length}`, ...tables.words];
  lines.push(`synsets ${tables.synsets.length}`);
  for (const s of tables.synsets) {
    const hyp = s.hypernyms.length ? '>' + s.hypernyms.map(b36).join(',') : '';
    lines.push(s.pos + s.members.map(b36).join(',') + hyp);
  }
  lines.push(`derived ${tables.derived.length}`);
  for (const [a, b] of tables.derived) lines.push(`${b36(a)},${b36(b)}`);
  return lines.join('\n') + '\n';
}

export function decodeWordNet(text: string): WordNetTables {
  const lines = text.split('\n');
  let at = 0;
  const next = () => {
    const line = lines[at++];
    if (line === undefined) throw new Error('wordnet: file ends early');
    return line;
  };
  const section = (name: string) => {
    const [label, count] = next().split(' ');
    if (label !== name || !/^\d+$/.test(count ?? '')) throw new Error(`wordnet: no "${name}" line`);
    return Number(count);
  };
  if (next() !== WORDNET_HEADER) throw new Error('wordnet: not a Crosscheck WordNet file');
  const words: string[] = [];
  for (let i = section('words'); i > 0; i--) words.push(next());
  const synsets: Synset[] = [];
  for (let i = section('synsets'); i > 0; i--) {
    const line = next();
    const pos = line[0];
    if (pos !== 'n' && pos !== 'v' && pos !== 'a' && pos !== 'r')
      throw new Error(`wordnet: bad synset line "${line}"`);
    const split = line.indexOf('>');
    const end = split < 0 ? line.length : split;
    synsets.push({
      pos,
      members: list(line, 1, end),
      hypernyms: split < 0 ? [] : list(line, split + 1),
    });
  }
  const derived: [number, number][] = [];
  for (let i = section('derived'); i > 0; i--) {
    const [a, b] = list(next());
    if (a === undefined || b === undefined) throw new Error('wordnet: bad derived line');
    derived.push([a, b]);
  }
  return { words, synsets, derived };
}
