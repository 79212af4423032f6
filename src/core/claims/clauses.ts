import type { Language, SentenceSpan } from '../types';

/** One claim of an article: a whole sentence, or one clause of a sentence that coordinates several
 *  predicates. `text`, `start` and `end` locate it in the article (the page highlights by them);
 *  `match` is what retrieval and comparison read: the clause with its sentence's subject in front. */
export interface ClaimSpan extends SentenceSpan {
  match: string;
}

// A clause boundary is a comma, optionally a coordinating conjunction, then a verb-like head:
// "Kim met Putin, visited factories, and inspected bombers" / "Він провів зустріч …, відвідав …,
// та оглянув …" / "Он провёл встречу …, посетил …, и осмотрел …". A list of nouns ("bombers,
// hypersonic missiles and warships") has no verb-like head after its commas and is left whole.
const CONJUNCTION = /^(?:and|but|та|і|й|а|але|и|но)$/iu;
// Past tense (the tense of news reports) and third-person present forms. Ukrainian/Russian: masculine
// -ав/-ив/-ув/-вів/-ял, feminine -ла, plural -ли, reflexive -вся/-лася/-лись; present -ає/-ить/-ють…
const CYRILLIC_VERB =
  /^[\p{L}'’]{2,}(?:ав|яв|ив|вів|ув|ыл|ал|ял|ил|ел|ула|ала|яла|ила|іла|ела|ули|али|яли|или|іли|ели|вся|лася|лися|лось|лся|лись|ає|яє|ує|ить|ять|ать|ють|ують|ают|яют|ует|ает|яет)$/iu;
// Nouns and adjectives with those endings that are common in news text.
const CYRILLIC_NOT_VERB =
  /^(?:сили|силы|сила|школи|школы|крила|тіла|тела|дела|числа|світла|держав|застав|архів|архив|актив|мотив|колектив|коллектив|масив|массив|генерал|канал|материал|матеріал|сигнал|финал|фінал|капитал|капітал|журнал|персонал|арсенал|потенциал|потенціал|трибунал|идеал|ідеал)$/iu;
const ENGLISH_IRREGULAR_PAST =
  /^(?:met|held|said|saw|made|took|gave|told|went|sent|spent|left|won|lost|hit|began|became|brought|bought|fought|sought|thought|kept|flew|drew|grew|threw|wrote|spoke|broke|chose|stood|ran|paid|led|struck|fled|sold|built|put|set|shot|cut|came|got|found|knew|ate|rode|wore|oversaw|undertook|withdrew)$/iu;
// Words in -ed that are rarely the head of a coordinated predicate.
const ENGLISH_NOT_VERB =
  /^(?:based|called|named|related|armed|united|red|bed|hundred|shed|need|speed|seed|feed|indeed|used)$/iu;
/** A clause shorter than this (in words) is not split off: it would be too thin to check alone. */
const MIN_CLAUSE_WORDS = 4;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function isVerbLike(word: string, language: Language): boolean {
  if (language === 'uk' || language === 'ru' || /\p{Script=Cyrillic}/u.test(word))
    return CYRILLIC_VERB.test(word) && !CYRILLIC_NOT_VERB.test(word);
  if (ENGLISH_NOT_VERB.test(word) || /^\p{Lu}/u.test(word)) return false;
  return /^[a-z]{3,}ed$/u.test(word) || ENGLISH_IRREGULAR_PAST.test(word);
}

interface Boundary {
  /** Offset of the comma in the sentence text. */
  comma: number;
  /** Offset where the next clause's text starts (its verb, after any conjunction). */
  head: number;
  conjunction: boolean;
}

/** Splits each claim sentence that coordinates several predicates into its clauses. Only a series
 *  that ends with a conjunction counts ("A, B, and C" / "A, and C"); a comma before a verb-like word
 *  without one ("…, said …") is left alone unless a later boundary of the same sentence has one.
 *  Sentences that do not split come back as they were, with `match` equal to their text. */
export function splitClauses(sentences: SentenceSpan[], language: Language): ClaimSpan[] {
  return sentences.flatMap((sentence) => clausesOf(sentence, language));
}

function clausesOf(sentence: SentenceSpan, language: Language): ClaimSpan[] {
  const whole = [{ ...sentence, match: sentence.text }];
  const boundaries = findBoundaries(sentence.text, language);
  const lastWithConjunction = boundaries.map((b) => b.conjunction).lastIndexOf(true);
  const kept = boundaries.slice(0, lastWithConjunction + 1);
  if (!kept.length) return whole;

  const pieces: { from: number; to: number }[] = [];
  let from = 0;
  for (const boundary of kept) {
    pieces.push({ from, to: boundary.comma });
    from = boundary.head;
  }
  pieces.push({ from, to: sentence.text.length });
  if (pieces.some(({ from, to }) => wordCount(sentence.text.slice(from, to)) < MIN_CLAUSE_WORDS))
    return whole;

  const first = pieces[0];
  const subject = first ? subjectOf(sentence.text.slice(first.from, first.to), language) : '';
  return pieces.map(({ from, to }, i) => {
    const text = sentence.text.slice(from, to).trimEnd();
    return {
      text,
      start: sentence.start + from,
      end: sentence.start + from + text.length,
      match: i > 0 && subject ? `${subject} ${text}` : text,
    };
  });
}

function findBoundaries(text: string, language: Language): Boundary[] {
  const boundaries: Boundary[] = [];
  const words = [...text.matchAll(WORD)];
  words.forEach((match, i) => {
    const at = match.index;
    const before = words[i - 1];
    if (before === undefined) return;
    const gap = text.slice(before.index + before[0].length, at);
    if (!/^\s*,\s*$/u.test(gap) || !quotesBalanced(text.slice(0, at))) return;
    const next = words[i + 1];
    const conjunction = CONJUNCTION.test(match[0]);
    const head = conjunction ? next : match;
    if (!head || (conjunction && !/^\s+$/u.test(text.slice(at + match[0].length, head.index))))
      return;
    if (!isVerbLike(head[0], language)) return;
    boundaries.push({ comma: text.lastIndexOf(',', at), head: head.index, conjunction });
  });
  return boundaries;
}

/** Whether a split here would fall outside quotes and brackets. */
function quotesBalanced(prefix: string): boolean {
  const count = (pattern: RegExp) => (prefix.match(pattern) ?? []).length;
  return (
    count(/«/gu) === count(/»/gu) &&
    count(/“/gu) === count(/”/gu) &&
    count(/\(/gu) === count(/\)/gu) &&
    count(/"/gu) % 2 === 0
  );
}

/** The words of the first clause before its first verb-like word: the subject that the later
 *  clauses of the sentence share ("Kim", "Він", "Лідер КНДР"). */
function subjectOf(clause: string, language: Language): string {
  const words = [...clause.matchAll(WORD)];
  const verb = words.findIndex((w) => isVerbLike(w[0], language));
  if (verb <= 0) return '';
  const end = words[verb]?.index ?? 0;
  return clause
    .slice(0, end)
    .trim()
    .replace(/[,;:]$/u, '');
}

function wordCount(text: string): number {
  return (text.match(WORD) ?? []).length;
}
