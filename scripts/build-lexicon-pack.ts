// Builds the lexicon pack (public/lexicon-pack/uk-ru-en.txt, GPL-2+ data, see its README) from
// Debian's mueller7-dict (English → Russian) and apertium-rus-ukr (Ukrainian ↔ Russian; read with
// lt-print from lttoolbox-dev): Mueller's senses inverted to Russian → English, chained through
// Apertium to Ukrainian → English. Deterministic: same packages and options, same bytes.
//
//   npx tsx scripts/build-lexicon-pack.ts [--senses N] [--words N] [--english N] [--keep-labels]
//                                         [--out FILE]
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { stem, tokenize } from '../src/core/text/terms';
import { LEXICON_PACK_PATH } from '../src/core/crosslang/lexicon-pack';
import { nameSkeleton, transliterate } from '../src/core/crosslang/transliterate';
import { bilingualPairs } from './lexicon-pack/apertium';
import {
  DROP_LABELS,
  entrySenses,
  muellerEntries,
  type MuellerFilter,
} from './lexicon-pack/mueller';

const { values } = parseArgs({
  options: {
    senses: { type: 'string', default: '1' },
    words: { type: 'string', default: '1' },
    english: { type: 'string', default: '1' },
    'keep-labels': { type: 'boolean', default: false },
    out: {
      type: 'string',
      default: fileURLToPath(new URL(`../public/${LEXICON_PACK_PATH}`, import.meta.url)),
    },
  },
});
const filter: MuellerFilter = {
  senses: Number(values.senses),
  words: Number(values.words),
  drop: values['keep-labels'] ? new Set() : DROP_LABELS,
};
const MAX_ENGLISH = Number(values.english);

const packageFile = (pkg: string, name: string): string => {
  const file = execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8' })
    .split('\n')
    .find((path) => path.endsWith(`/${name}`));
  if (!file) throw new Error(`${name} not found in Debian package ${pkg}: apt-get install ${pkg}`);
  return file;
};
const version = (pkg: string) =>
  execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });

/** English candidates by rank (lower first), kept per source word. */
type Ranked = Map<string, Map<string, number>>;
const offer = (table: Ranked, source: string, english: string, rank: number) => {
  const known = table.get(source) ?? new Map<string, number>();
  if (!((known.get(english) ?? Infinity) <= rank)) known.set(english, rank);
  table.set(source, known);
};
/** The best English words of a Ukrainian or Russian word: lowest rank; then a cognate (same first
 *  three consonants: санкция, sanction); then the commoner (more often written in the dictionary's
 *  examples, a weak stand-in for frequency); then a–z. (Preferring the English word with fewer
 *  Russian translations, drought over dry for засуха, read better but measured worse from
 *  Ukrainian and Russian, better towards them: see the pack's README.) */
const best = (candidates: Map<string, number>, source: string): string[] => {
  const skeleton = nameSkeleton(transliterate(source)).slice(0, 3);
  const key = (english: string, rank: number) => [
    rank,
    nameSkeleton(english).slice(0, 3) === skeleton ? 0 : 1,
    -(usage.get(english) ?? 0),
  ];
  return [...candidates]
    .map(([english, rank]) => ({ english, key: key(english, rank) }))
    .sort((a, b) => compareKeys(a.key, b.key) || (a.english < b.english ? -1 : 1))
    .slice(0, MAX_ENGLISH)
    .map(({ english }) => english);
};
const compareKeys = (a: number[], b: number[]) =>
  a.reduce((order, x, i) => order || x - (b[i] ?? 0), 0);

// Mueller: English → Russian senses, inverted. Russian writes ё as е in most news: both spellings.
const mueller = gunzipSync(readFileSync(packageFile('mueller7-dict', 'mueller7.dict.dz'))).toString(
  'utf8',
);
const usage = new Map<string, number>();
for (const [word] of mueller.toLowerCase().matchAll(/[a-z]+/g))
  usage.set(word, (usage.get(word) ?? 0) + 1);
const russian: Ranked = new Map();
let senseCount = 0;
for (const { headword, body } of muellerEntries(mueller))
  for (const sense of entrySenses(headword, body, filter)) {
    senseCount++;
    for (const spelling of new Set([sense.russian, sense.russian.replace(/ё/g, 'е')]))
      offer(russian, spelling, sense.english, sense.rank);
  }

// Apertium: Ukrainian → Russian lemma pairs from both bilingual transducers, chained to English.
const att = (name: string) =>
  execFileSync('lt-print', [packageFile('apertium-rus-ukr', name)], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
const ukToRu = new Map<string, string[]>();
const link = (uk: string, ru: string) => {
  const list = ukToRu.get(uk) ?? [];
  if (!list.includes(ru)) list.push(ru);
  ukToRu.set(uk, list);
};
for (const [uk, ru] of bilingualPairs(att('ukr-rus.autobil.bin'))) link(uk, ru);
for (const [ru, uk] of bilingualPairs(att('rus-ukr.autobil.bin'))) link(uk, ru);
const ukrainian: Ranked = new Map();
for (const [uk, rus] of ukToRu)
  for (const ru of rus)
    for (const [english, rank] of russian.get(ru.replace(/ё/g, 'е')) ?? new Map<string, number>())
      offer(ukrainian, uk, english, rank);

const lines: string[] = [];
for (const [language, table] of [
  ['ru', russian],
  ['uk', ukrainian],
] as const)
  for (const [word, candidates] of table) {
    const token = tokenize(word, language)[0];
    if (!token || token.stop || token.text.length !== word.length) continue;
    const english = best(candidates, word);
    const stems = english.map((w) => stem(w, 'en')).join(',');
    lines.push(`${language}\t${word}\t${token.term}\t${english.join(',')}\t${stems}`);
  }
lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const header = [
  '# Crosscheck lexicon pack: Ukrainian and Russian words with their English translations.',
  '# GPL-2+ data, a work separate from the MIT code that reads it: see README.md and COPYING.',
  '# Line format: language<TAB>word<TAB>stem<TAB>english,english,...<TAB>english stem,... (most likely first).',
  `# From Debian packages mueller7-dict ${version('mueller7-dict')} and apertium-rus-ukr ${version('apertium-rus-ukr')}.`,
  `# Built by scripts/build-lexicon-pack.ts --senses ${filter.senses} --words ${filter.words} --english ${MAX_ENGLISH}` +
    (values['keep-labels'] ? ' --keep-labels' : ''),
];
writeFileSync(values.out, [...header, ...lines, ''].join('\n'));
copyFileSync('/usr/share/common-licenses/GPL-2', new URL('COPYING', `file://${values.out}`));
const count = (language: string) => lines.filter((line) => line.startsWith(`${language}\t`)).length;
console.log(
  `${senseCount} Mueller senses; ${ukToRu.size} Ukrainian words with Apertium pairs; ` +
    `pack: ${count('ru')} Russian, ${count('uk')} Ukrainian entries → ${values.out}`,
);
