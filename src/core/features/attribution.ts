// Who a sentence says its statement comes from: "KCNA said", "Shoigu told Russian media", "citing
// US intelligence sources", "повідомляє Yonhap", "по данным ТАСС". Five articles writing "KCNA
// said X" are five reports of one claim by KCNA, not five confirmations of X, so check.ts counts
// such evidence under the attributed source. Names are canonicalised (aliases below) so the same
// source matches across sentences and across English, Ukrainian and Russian.
import type { Language } from '../types';

/** Canonical names of sources that recur in news copy, with the spellings that name them. A
 *  phrase naming one of these resolves to it ("north korean state media" is KCNA's output). */
const ALIASES: [RegExp, string][] = [
  [
    /\bkcna\b|korean central news agency|north korean state media|кцтк|цтак|центральн\p{L}* телеграфн\p{L}* агентств/iu,
    'KCNA',
  ],
  [/\byonhap\b|йонхап|ренхап/iu, 'Yonhap'],
  [/\breuters\b|рейтер/iu, 'Reuters'],
  [/associated press|\bAP\b|ассошиэйтед|асошіейтед/u, 'AP'],
  [/\bafp\b|agence france|франс[ -]пресс?/iu, 'AFP'],
  // \b is ASCII-only even with the u flag: Cyrillic words need letter look-arounds.
  [/\btass\b|(?<!\p{L})тасс(?!\p{L})/iu, 'TASS'],
  [/ria novosti|(?<!\p{L})р[иі]а(?!\p{L})/iu, 'RIA Novosti'],
  [/interfax|інтерфакс|интерфакс/iu, 'Interfax'],
  [/ukrinform|укрінформ|укринформ/iu, 'Ukrinform'],
  [/new york times|нью-йорк таймс/iu, 'New York Times'],
  [/washington post|вашингтон пост/iu, 'Washington Post'],
  [/white house|б[іi]л\p{L}* д[оі]м|белый дом|белом доме/iu, 'White House'],
  [/pentagon|пентагон/iu, 'Pentagon'],
  [/kremlin|кремл/iu, 'Kremlin'],
  [
    /(?:us|u\.s\.|american) intelligence|американськ\p{L}* розвідк|американск\p{L}* разведк/iu,
    'US intelligence',
  ],
  [/shoigu|шойгу/iu, 'Shoigu'],
  [/putin|путін|путин/iu, 'Putin'],
  [/kim jong|кім чен|ким чен/iu, 'Kim Jong Un'],
  [/zelensk|зеленськ|зеленск/iu, 'Zelensky'],
  [/peskov|пєсков|песков/iu, 'Peskov'],
  [/\befe\b/iu, 'EFE'],
];

// A run of capitalised words, with the connectors names contain ("Ministry of Defence").
// Linear on any text: a capitalised word starts only where a word starts (the look-behind), holds
// at most 40 more characters and a name at most 8 more words, so each place in a sentence is
// tried a bounded number of times. Unbounded, a 20,000-letter run of capitals or of capitalised
// words took a second per sentence (every start position re-read the rest of the run).
const CAPITALISED = String.raw`(?<![\p{L}\p{N}'’.-])[\p{Lu}][\p{L}\p{N}'’.-]{0,40}(?![\p{L}\p{N}'’.-])`;
const NAME_WORDS = String.raw`${CAPITALISED}(?:\s+(?:of|the|and|for|${CAPITALISED})){0,8}`;
const NAME = String.raw`(${NAME_WORDS})`;
// A name with what may follow it before the verb, in the capture: "state KCNA news agency said",
// "North Korean state media reported" (the tail tells KCNA's output from a North Korean).
const NAME_WITH_TAIL = String.raw`(${NAME_WORDS}(?:\s+(?:state\s+)?(?:news\s+agency|media|agency|newspaper|officials?|ministry|sources?))?)`;
// A phrase after "according to" / "за даними": up to the next punctuation.
const PHRASE = String.raw`([^,.;:!?«»"“”()]{2,80})`;

const EN_VERBS = String.raw`(?:has\s+|had\s+|have\s+)?(?:said|says|reported|reports|told|announced|stated|claimed|added|wrote|quoted)\b`;
const UK_VERBS = String.raw`(?:повідомляє|повідомляють|повідомив|повідомила|повідомили|заявив|заявила|заявили|заявляє|сказав|сказала|сказали|пише|писало|писала|писав|передає|зазначив|зазначила|зазначили)`;
const RU_VERBS = String.raw`(?:сообщает|сообщают|сообщил|сообщила|сообщили|заявил|заявила|заявили|заявляет|сказал|сказала|сказали|пишет|писала|писал|передает|передаёт|отметил|отметила)`;

// No i flag on forms with NAME: with it, \p{Lu} matches lower-case letters too.
interface Form {
  pattern: RegExp;
  /** Phrases name their source among other words; names are the source. */
  kind: 'phrase' | 'name';
}

const form = (source: string, kind: Form['kind'], flags = 'u'): Form => ({
  pattern: new RegExp(source, flags),
  kind,
});

const FORMS: Record<Exclude<Language, 'und'>, Form[]> = {
  en: [
    form(String.raw`\baccording to\s+${PHRASE}`, 'phrase', 'iu'),
    form(String.raw`\bciting\s+${PHRASE}`, 'phrase', 'iu'),
    form(String.raw`${NAME_WITH_TAIL}\s+${EN_VERBS}`, 'name'),
    // "…, said Dmitry Peskov." names its source; "said Tokyo was watching" reports what Tokyo did.
    form(
      String.raw`\b(?:said|says|reported|added)\s+${NAME}(?=\s*(?:[,.;:!?"”)]|$)|\s+(?:on|in|at|last|earlier|yesterday|today)\b)`,
      'name',
    ),
  ],
  uk: [
    form(
      String.raw`(?:за даними|за словами|з посиланням на|із посиланням на|як повідомляє|як повідомили|як повідомив|як повідомляв|як повідомляла|як повідомила|як пише|у повідомленні|в повідомленні|згідно з)\s+${PHRASE}`,
      'phrase',
      'iu',
    ),
    form(String.raw`${UK_VERBS}\s+${NAME}`, 'name'),
    // "The New York Times із посиланням на джерела писало": the outlet is the source named.
    form(String.raw`${NAME}\s+(?:з|із)\s+посиланням`, 'name'),
    form(String.raw`${NAME_WITH_TAIL}\s+${UK_VERBS}`, 'name'),
  ],
  ru: [
    form(
      String.raw`(?:по данным|по словам|со ссылкой на|как сообщает|как сообщил|как сообщила|как сообщили|как пишет|согласно)\s+${PHRASE}`,
      'phrase',
      'iu',
    ),
    form(String.raw`${RU_VERBS}\s+${NAME}`, 'name'),
    form(String.raw`${NAME_WITH_TAIL}\s+${RU_VERBS}`, 'name'),
  ],
};

/** Words that make a run of capitals a pronoun or a sentence opener, not a source. */
const NOT_A_SOURCE =
  /^(?:he|she|it|they|we|i|you|this|that|there|він|вона|воно|вони|ми|це|он|она|оно|они|мы|это)$/iu;
/** Titles before a person's name: "Defence Minister Sergei Shoigu" is Shoigu. */
const TITLE =
  /\b(?:president|minister|leader|spokesman|spokeswoman|spokesperson|secretary|general|chancellor|chairman|chief|director|ambassador|mr|mrs|ms|dr)\b/i;

/** The canonical name a sentence attributes its statement to, or null (its own voice). */
export function findAttribution(sentence: string, language: Language): string | null {
  const forms = language === 'und' ? [...FORMS.en, ...FORMS.uk, ...FORMS.ru] : FORMS[language];
  for (const { pattern, kind } of forms) {
    const match = pattern.exec(sentence);
    const found = match?.[1] ? canonicalSource(match[1], kind) : null;
    if (found) return found;
  }
  return null;
}

/** One spelling for a source: an alias when one matches, else the name as written, without a
 *  leading article or a person's title. Null for pronouns and phrases naming nobody. */
export function canonicalSource(text: string, kind: Form['kind'] = 'name'): string | null {
  // A phrase names its source before "that" / "що" / "что" ("citing sources that …").
  const phrase = (text.split(/\s+(?:that|що|что|who|які|которые)\s+/iu)[0] ?? '')
    .replace(/\b(?:the\s+)?(?:united states|u\.s\.)(?!\p{L})/giu, 'the US')
    .trim();
  const alias = ALIASES.find(([pattern]) => pattern.test(phrase))?.[1];
  if (alias) return alias;
  let name = phrase.replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s$/u, '');
  if (kind === 'phrase') name = name.split(/\s+/).slice(0, 6).join(' ');
  if (!/\p{Lu}/u.test(name) || NOT_A_SOURCE.test(name)) return null;
  if (kind === 'name' && TITLE.test(name)) name = name.split(/\s+/).pop() ?? name;
  return name;
}
