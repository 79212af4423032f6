// Ukrainian → Russian lemma pairs from Apertium's rus-ukr bilingual dictionary, read off the compiled
// transducer as lttoolbox's lt-print prints it (AT&T text: `from to input output weight` per arc,
// a lone state number for a final state, `--` between sections). Every path from state 0 to a final
// state is one dictionary entry: its input spells `lemma<tag><tag>…` of one language, its output the
// other's. The transducer is minimised, so the two sides do not line up arc by arc: the whole path
// is read, then each side is cut at its first tag.

/** Parts of speech kept (the first tag of the source side): nouns, verbs, adjectives, adverbs. */
const CONTENT = new Set(['n', 'vblex', 'adj', 'adv']);
const WORD = /^[\p{Script=Cyrillic}]+(?:-[\p{Script=Cyrillic}]+)?$/u;

interface Arc {
  to: number;
  input: string;
  output: string;
}

/** Source → target lemma pairs of content words, in the transducer's path order. */
export function bilingualPairs(att: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const section of att.split(/^--$/m)) {
    const arcs = new Map<number, Arc[]>();
    const finals = new Set<number>();
    for (const line of section.split('\n')) {
      const fields = line.split('\t');
      if (fields.length >= 4) {
        const from = Number(fields[0]);
        const list = arcs.get(from) ?? [];
        list.push({ to: Number(fields[1]), input: symbol(fields[2]), output: symbol(fields[3]) });
        arcs.set(from, list);
      } else if (/^\d+/.test(line)) finals.add(Number(fields[0]));
    }
    walk(arcs, finals, pairs);
  }
  return pairs;
}

const symbol = (field = '') => (field === 'ε' || field === '@0@' ? '' : field);

/** Depth-first over all paths, without revisiting a state on the current path (tag loops). */
function walk(arcs: Map<number, Arc[]>, finals: Set<number>, pairs: [string, string][]): void {
  const onPath = new Set<number>();
  const visit = (state: number, input: string, output: string): void => {
    if (finals.has(state)) {
      const pair = lemmaPair(input, output);
      if (pair) pairs.push(pair);
    }
    onPath.add(state);
    for (const arc of arcs.get(state) ?? [])
      if (!onPath.has(arc.to)) visit(arc.to, input + arc.input, output + arc.output);
    onPath.delete(state);
  };
  visit(0, '', '');
}

function lemmaPair(input: string, output: string): [string, string] | null {
  const tag = /<([^>]+)>/.exec(input)?.[1];
  if (!tag || !CONTENT.has(tag)) return null;
  const source = input.slice(0, input.indexOf('<')).toLowerCase();
  const target = output.replace(/<.*$/, '').toLowerCase();
  return WORD.test(source) && WORD.test(target) ? [source, target] : null;
}
