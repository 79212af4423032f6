import { stem, tokenize, type Token } from '../text/terms';
import type { Language } from '../types';

/** What a document calls the people it names: each name word (lower-cased) with the words of the
 *  role phrase written just before the name somewhere in the document ("North Korean leader Kim
 *  Jong Un" → kim, jong, un: north, korean, leader). A later sentence that says only "Kim" or
 *  "Shoigu" then states "North Korea's leader" or "the defence chief" as far as that document is
 *  concerned: news text names a person once in full and then by surname or by role. */
export type NameRoles = Record<string, string[]>;

/** A role word with the term the comparison matches on. */
export interface RoleWord {
  word: string;
  term: string;
}

/** Words of a role phrase kept in front of a name. */
const MAX_ROLE_WORDS = 4;
/** Name words kept: the last ones of the run ("Кім Чен Ин" of "Північної Кореї Кім Чен Ин"). */
const MAX_NAME_WORDS = 3;
/** Bounds what one document may store (names × words). */
const MAX_NAMES = 40;

// Titles written capitalised before a name ("Defence Minister Sergei Shoigu") belong to the role.
const ROLE_TITLE =
  /^(?:president|minister|secretary|leader|chief|chairman|chairwoman|chair|head|spokesman|spokeswoman|spokesperson|commander|general|governor|mayor|premier|chancellor|director|ambassador|envoy|king|queen|prince|senator|judge|prosecutor|official|adviser|advisor|founder|executive|ceo|manager|coach|captain|striker|actor|actress|singer|star|player|champion|analyst|economist|lawyer|dictator|ruler|monarch|mp|president-elect|tsar|czar|президент|міністр|министр|лідер|лидер|голова|глава|генерал|прем'єр|премьер|речник|посол|канцлер)$/iu;

/** The role phrases of a document's sentences (stored with it at import; a check reads them, and
 *  the article's own, through report/evidence-features.ts). */
export function findNameRoles(sentences: readonly string[], language: Language): NameRoles {
  return nameRolesOf(sentences.map((text) => ({ text, tokens: tokenize(text, language) })));
}

/** findNameRoles over sentences already tokenized (import tokenizes each once for its index
 *  terms too). */
export function nameRolesOf(
  tokenized: readonly { text: string; tokens: readonly Token[] }[],
): NameRoles {
  const lowercaseWords = new Set<string>();
  for (const { tokens } of tokenized)
    for (const token of tokens)
      if (!token.capitalised) lowercaseWords.add(token.text.toLowerCase());
  const roles = new Map<string, Set<string>>();
  for (const { text, tokens } of tokenized)
    for (const { role, names } of rolePhrases(text, tokens, lowercaseWords))
      for (const name of names) {
        if (!roles.has(name) && roles.size >= MAX_NAMES) continue;
        const words = roles.get(name) ?? new Set<string>();
        // The rest of the full name is part of what the surname stands for ("Kim" for "Kim Jong
        // Un", "Shoigu" for "Sergei Shoigu").
        const others = names.filter((other) => other !== name);
        for (const word of [...role, ...others])
          if (words.size < MAX_ROLE_WORDS * 2) words.add(word);
        roles.set(name, words);
      }
  return Object.fromEntries([...roles].map(([name, words]) => [name, [...words]]));
}

/** Each capitalised run preceded or led by a role phrase: the role's words and the name's. */
function rolePhrases(
  text: string,
  tokens: readonly Token[],
  lowercaseWords: ReadonlySet<string>,
): { role: string[]; names: string[] }[] {
  const found: { role: string[]; names: string[] }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]?.capitalised || tokens[i]?.stop) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < tokens.length && joined(text, tokens, end) && tokens[end + 1]?.capitalised)
      end++;
    // Inside the run, title words and words the document also writes in lower case are the role.
    let nameStart = i;
    for (let k = i; k <= end; k++) {
      const word = tokens[k]?.text.toLowerCase() ?? '';
      if (ROLE_TITLE.test(word) || lowercaseWords.has(word)) nameStart = k + 1;
    }
    const inRun: string[] = [];
    for (let k = i; k < nameStart; k++) inRun.push(wordOf(tokens[k]));
    const before: string[] = [];
    for (let k = i - 1; k >= 0 && inRun.length + before.length < MAX_ROLE_WORDS; k--) {
      const token = tokens[k];
      if (!token || token.stop || !joined(text, tokens, k)) break;
      // A lower-case word belongs to the role only in front of another lower-case one ("defence
      // minister"), not in front of a capitalised one ("met Russian President").
      if (!token.capitalised && tokens[k + 1]?.capitalised && before.length + inRun.length) break;
      before.push(wordOf(token));
    }
    // In the order written: "russian defence minister".
    const role = [...before.reverse(), ...inRun];
    // A role ends in a role noun next to the name ("leader Kim", "Minister Sergei Shoigu"); a verb
    // or an adjective there ("visited Vladivostok", "Russian bombers") is not one.
    const nextToName = tokens[nameStart - 1];
    if (nameStart <= end && nextToName && role.length && ROLE_TITLE.test(wordOf(nextToName)))
      found.push({
        role,
        names: tokens
          .slice(Math.max(nameStart, end + 1 - MAX_NAME_WORDS), end + 1)
          .map(wordOf)
          .filter((name) => !ROLE_TITLE.test(name)),
      });
    i = end + 1;
  }
  return found;
}

const wordOf = (token: Token | undefined) =>
  (token?.text ?? '').toLowerCase().replace(/['’]s?$/u, '');

/** True when token k and k + 1 are separated by nothing but spaces (no punctuation). */
function joined(text: string, tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const token = tokens[k];
  return !!next && !!token && /^\s+$/u.test(text.slice(token.end, next.start));
}

/** The key a token's roles are found under: a capitalised word, lower-cased, without "'s". */
export const nameKey = (token: Token | undefined): string =>
  token?.capitalised ? wordOf(token) : '';

/** The role words of a document's names, stemmed for matching, by name word. */
export function roleWords(roles: NameRoles, language: Language): Map<string, RoleWord[]> {
  return new Map(
    Object.entries(roles).map(([name, words]) => [
      name,
      words.map((word) => ({ word, term: stem(word, language) })),
    ]),
  );
}
