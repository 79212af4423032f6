// English WordNet 3.1 relations between single words, read from `engine/en-wordnet.txt`
// (format, and which relations were kept, in ./wordnet-format). Every look-up works on base
// forms: "toured" is looked up as "tour", "ministers" as "minister" (see ./lemma).
import { baseForms, type LemmaPos, type Lexicon } from './lemma';
import { decodeWordNet, type PartOfSpeech } from './wordnet-format';

/** How two words are related, the closest relation first:
 *  same: they share a base form; synonym: they share a synset (in some sense); derived: a
 *  derivational or pertainym link joins them; hypernym: one's synset is a direct hypernym of
 *  the other's (either way round: "minister" / "official" and "official" / "minister"). */
export type WordNetRelation = 'same' | 'synonym' | 'derived' | 'hypernym';

export interface WordNet {
  /** Lemmas in the file. */
  readonly size: number;
  /** Whether `word` (lowercased) is itself a lemma. */
  has(word: string): boolean;
  /** Whether `word` is a lemma of that part of speech (adjective satellites count as 'a'). */
  readonly lexicon: Lexicon;
  /** The word's real base forms (the word itself first when it is a lemma); empty if none. */
  baseForms(word: string): string[];
  /** Lemmas sharing a synset with any base form of `word`, in file order (not sense order). */
  synonyms(word: string): string[];
  /** Lemmas joined to a base form of `word` by a derivational or pertainym link. */
  derived(word: string): string[];
  /** Members of the direct hypernym synsets of the base forms' noun and verb synsets. */
  hypernyms(word: string): string[];
  /** synonyms ∪ derived ∪ hypernyms, without the base forms themselves. Hyponyms are left out:
   *  a general word has hundreds ("person"), too many to be soft query terms. */
  related(word: string): string[];
  relation(a: string, b: string): WordNetRelation | null;
}

const POS_BIT: Record<PartOfSpeech, number> = { n: 1, v: 2, a: 4, r: 8 };

/** For nodes 0..n-1, the targets of the edges `each` reports, in flat typed arrays (two passes:
 *  count, then fill) rather than one small array per word. */
function adjacency(n: number, each: (edge: (from: number, to: number) => void) => void) {
  const start = new Uint32Array(n + 1);
  each((from) => (start[from + 1] = (start[from + 1] as number) + 1));
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const filled = start.slice(0, n);
  const targets = new Uint32Array(start[n] as number);
  each((from, to) => {
    const at = filled[from] as number;
    targets[at] = to;
    filled[from] = at + 1;
  });
  return (i: number): number[] => [...targets.subarray(start[i], start[i + 1])];
}

export function parseWordNet(bytes: Uint8Array): WordNet {
  const tables = decodeWordNet(new TextDecoder().decode(bytes));
  const { words, synsets } = tables;
  const byWord = new Map<string, number>();
  for (let i = 0; i < words.length; i++) byWord.set(words[i] as string, i);
  const posBits = new Uint8Array(words.length);
  for (const s of synsets)
    for (const m of s.members) posBits[m] = (posBits[m] as number) | POS_BIT[s.pos];
  const wordSynsets = adjacency(words.length, (edge) =>
    synsets.forEach((s, si) => s.members.forEach((m) => edge(m, si))),
  );
  const derivedOf = adjacency(words.length, (edge) => {
    for (const [a, b] of tables.derived) {
      edge(a, b);
      edge(b, a);
    }
  });

  const lexicon: Lexicon = (word: string, pos: LemmaPos) => {
    const i = byWord.get(word);
    return i !== undefined && ((posBits[i] as number) & POS_BIT[pos]) !== 0;
  };
  /** Indices of the word's base forms. */
  const bases = (word: string): number[] =>
    baseForms(word, lexicon).map((w) => byWord.get(w) as number);
  const synsetsOf = (forms: number[]) => new Set(forms.flatMap((i) => wordSynsets(i)));
  const hypernymSynsets = (forms: number[]) =>
    new Set([...synsetsOf(forms)].flatMap((s) => synsets[s]?.hypernyms ?? []));
  const membersOf = (ids: Iterable<number>) => [...ids].flatMap((s) => synsets[s]?.members ?? []);
  /** Distinct lemmas for the indices, without the base forms themselves. */
  const named = (indices: number[], forms: number[]) =>
    [...new Set(indices)].filter((i) => !forms.includes(i)).map((i) => words[i] as string);

  const synonymIndices = (forms: number[]) => membersOf(synsetsOf(forms));
  const derivedIndices = (forms: number[]) => forms.flatMap((i) => derivedOf(i));
  const hypernymIndices = (forms: number[]) => membersOf(hypernymSynsets(forms));
  const intersects = <T>(a: Set<T>, b: Set<T>) => [...a].some((x) => b.has(x));

  return {
    size: words.length,
    has: (word) => byWord.has(word.toLowerCase()),
    lexicon,
    baseForms: (word) => baseForms(word, lexicon),
    synonyms: (word) => {
      const forms = bases(word);
      return named(synonymIndices(forms), forms);
    },
    derived: (word) => {
      const forms = bases(word);
      return named(derivedIndices(forms), forms);
    },
    hypernyms: (word) => {
      const forms = bases(word);
      return named(hypernymIndices(forms), forms);
    },
    related: (word) => {
      const forms = bases(word);
      const all = [...synonymIndices(forms), ...derivedIndices(forms), ...hypernymIndices(forms)];
      return named(all, forms);
    },
    relation(a, b) {
      const x = a.toLowerCase();
      const y = b.toLowerCase();
      if (x === y) return 'same';
      const fa = bases(x);
      const fb = bases(y);
      if (fa.some((i) => fb.includes(i))) return 'same';
      const sa = synsetsOf(fa);
      const sb = synsetsOf(fb);
      if (intersects(sa, sb)) return 'synonym';
      if (fa.some((i) => derivedOf(i).some((j) => fb.includes(j)))) return 'derived';
      if (intersects(hypernymSynsets(fa), sb) || intersects(hypernymSynsets(fb), sa))
        return 'hypernym';
      return null;
    },
  };
}
