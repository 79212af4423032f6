// A small English lemmatiser: WordNet's "morphy" detachment rules (per part of speech), a
// doubled final consonant undone (stopped, bigger), and a short table of the irregular forms
// common in news. With a lexicon it returns only real lemmas of the right part of speech, so
// "news" stays "news" (the -s rule is for nouns and verbs, and "new" is only an adjective);
// without one it guesses, and the guess may not be a word.

export type LemmaPos = 'n' | 'v' | 'a' | 'r';
type InflectedPos = 'n' | 'v' | 'a';
/** Whether `word` is a lemma of part of speech `pos` (WordNet's word list, a vocabulary...). */
export type Lexicon = (word: string, pos: LemmaPos) => boolean;

const RULES: Record<InflectedPos, [string, string][]> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
    ['ves', 'f'],
    ['ves', 'fe'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ied', 'y'],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
    ['ier', 'y'],
    ['iest', 'y'],
  ],
};

// base: inflected forms, by part of speech.
const IRREGULAR_TABLE: Record<InflectedPos, string> = {
  v: `be:was,were,been,is,are,am,being have:has,had,having do:did,done,does go:went,gone,goes
say:said make:made take:took,taken give:gave,given come:came see:saw,seen know:knew,known
think:thought tell:told find:found leave:left feel:felt keep:kept hold:held bring:brought
begin:began,begun run:ran win:won lose:lost meet:met pay:paid send:sent spend:spent
build:built lead:led fall:fell,fallen rise:rose,risen grow:grew,grown draw:drew,drawn
drive:drove,driven write:wrote,written speak:spoke,spoken choose:chose,chosen break:broke,broken
steal:stole,stolen freeze:froze,frozen shoot:shot strike:struck fight:fought catch:caught
teach:taught seek:sought buy:bought sell:sold sit:sat stand:stood understand:understood
hang:hung flee:fled feed:fed deal:dealt mean:meant lie:lay,lain lay:laid shake:shook,shaken
forget:forgot,forgotten get:got,gotten hide:hid,hidden bite:bit,bitten eat:ate,eaten
throw:threw,thrown fly:flew,flown blow:blew,blown swear:swore,sworn tear:tore,torn
wear:wore,worn wake:woke,woken become:became overcome:overcame withdraw:withdrew,withdrawn
arise:arose,arisen sink:sank,sunk spring:sprang,sprung swim:swam,swum ring:rang,rung
sing:sang,sung drink:drank,drunk forbid:forbade,forbidden uphold:upheld undertake:undertook,undertaken
overtake:overtook,overtaken mislead:misled forecast:forecast bear:bore,borne beat:beaten
bind:bound dig:dug light:lit slide:slid spin:spun stick:stuck sting:stung swing:swung
weep:wept sweep:swept sleep:slept shine:shone hear:heard ride:rode,ridden
die:dying lie:lying tie:tying`,
  n: `child:children man:men woman:women person:people mouse:mice foot:feet tooth:teeth
goose:geese crisis:crises analysis:analyses thesis:theses basis:bases hypothesis:hypotheses
diagnosis:diagnoses criterion:criteria phenomenon:phenomena medium:media life:lives
wife:wives knife:knives leaf:leaves thief:thieves half:halves wolf:wolves self:selves
shelf:shelves calf:calves ox:oxen`,
  a: `good:better,best bad:worse,worst far:further,farther,furthest,farthest many:more,most
much:more,most little:less,least`,
};

const IRREGULAR = new Map<string, [string, LemmaPos][]>();
for (const [pos, table] of Object.entries(IRREGULAR_TABLE) as [LemmaPos, string][])
  for (const entry of table.split(/\s+/)) {
    const [base, forms] = entry.split(':') as [string, string];
    for (const form of forms.split(','))
      IRREGULAR.set(form, [...(IRREGULAR.get(form) ?? []), [base, pos]]);
  }

const VOWEL = /[aeiouy]/;
const DOUBLING = new Set(['ed', 'ing', 'er', 'est']);
/** "stopp" -> "stop", "bigg" -> "big": a doubled final consonant left by -ed, -ing, -er, -est. */
const undoubled = (stem: string) =>
  /([bdgklmnprtvz])\1$/.test(stem) ? stem.slice(0, -1) : undefined;

/** Every base form the rules and the irregular table propose for a lowercase word, with its
 *  part of speech, most likely first; neither the word itself nor any check against a lexicon. */
export function candidateLemmas(word: string): [string, LemmaPos][] {
  // A possessive ("minister's", "ministers'") is its noun, whose own base forms follow.
  const possessive = /^(.+?)(?:'s|s')$/.exec(word)?.[1];
  if (possessive) {
    const noun = word.endsWith("s'") ? possessive + 's' : possessive;
    return [[noun, 'n'], ...candidateLemmas(noun)];
  }
  const out: [string, LemmaPos][] = [...(IRREGULAR.get(word) ?? [])];
  for (const pos of ['n', 'v', 'a'] as const)
    for (const [suffix, ending] of RULES[pos]) {
      if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
      const stem = word.slice(0, -suffix.length);
      if (!VOWEL.test(stem + ending)) continue;
      out.push([stem + ending, pos]);
      const single = ending === '' && DOUBLING.has(suffix) ? undoubled(stem) : undefined;
      if (single) out.push([single, pos]);
    }
  return out;
}

/** The real base forms of `word` (lowercased): the irregular and rule-made forms the lexicon
 *  has in their part of speech, then the word itself when the lexicon has it at all. The word
 *  comes last because a form that looks inflected mostly is in news: "said", "stopped" and
 *  "visiting" are WordNet adjectives too, "tours" a city. Empty when the lexicon knows none. */
export function baseForms(word: string, lexicon: Lexicon): string[] {
  const w = word.toLowerCase();
  const forms = new Set<string>();
  for (const [form, pos] of candidateLemmas(w)) if (lexicon(form, pos)) forms.add(form);
  if ((['n', 'v', 'a', 'r'] as const).some((pos) => lexicon(w, pos))) forms.add(w);
  return [...forms];
}

/** One base form of `word` (lowercased). With a lexicon: its first real base form, or the word
 *  itself when there is none. Without: the irregular table's, else a guess by the commonest
 *  rules (plural -s/-es/-ies, -ed/-ing with a doubled consonant undone), else the word. */
export function lemmatise(word: string, lexicon?: Lexicon): string {
  const w = word.toLowerCase();
  if (lexicon) return baseForms(w, lexicon)[0] ?? w;
  const irregular = IRREGULAR.get(w)?.[0];
  if (irregular) return irregular[0];
  if (w.length <= 3 || /(ss|us|is|ous)$/.test(w)) return w;
  const guess = (stem: string, ending = '') =>
    VOWEL.test(stem + ending) && stem.length >= 2 ? stem + ending : w;
  if (w.endsWith('ies')) return guess(w.slice(0, -3), 'y');
  if (w.endsWith('ied')) return guess(w.slice(0, -3), 'y');
  if (/(ch|sh|x|z|ss)es$/.test(w)) return guess(w.slice(0, -2));
  if (w.endsWith('s')) return guess(w.slice(0, -1));
  const ed = w.endsWith('ed') ? 2 : w.endsWith('ing') ? 3 : 0;
  if (ed && w.length - ed >= 3) {
    const stem = w.slice(0, -ed);
    return guess(undoubled(stem) ?? stem);
  }
  return w;
}
