import { BOILERPLATE_RULES, isKeywordList, isTimestamp, isTitleCase } from './boilerplate';
import { datelineLength } from './dateline';
import { contentWords } from '../text/terms';
import type { SentenceSpan } from '../types';

export interface ClassifiedSentence extends SentenceSpan {
  claim: boolean;
  /** Why a sentence is not a claim; null for claims. */
  reason: string | null;
}

const MIN_CLAIM_WORDS = 5;
/** A sentence with fewer words than this besides stopwords, and no name or number, states nothing
 *  a source could confirm ("That was the end of it.", "We have a duty to do what we can."): as a
 *  claim it would be highlighted for lack of support, or matched by any sentence sharing its one
 *  word. 0.8 % of the BBC articles' sentences, none of the seeds'. */
const MIN_CONTENT_WORDS = 3;

/** Decides for each sentence whether it is a claim worth checking, and says why not. Claims that open
 *  with a wire dateline or a list number are trimmed to what follows it (offsets move with the
 *  text). */
export function classifySentences(
  sentences: SentenceSpan[],
  /** The text the sentences were split from: when given, a paragraph that ends in a photo credit
   *  is a caption, all of it. */
  source?: string,
): ClassifiedSentence[] {
  const seen = new Set<string>();
  // Each sentence's own reason, read once: the caption rule reads the paragraph's last one.
  const reasons = sentences.map((sentence) => nonClaimReason(sentence.text));
  const captions = source ? captionSentences(sentences, reasons, source) : new Set<number>();
  return sentences.map((sentence, index) => {
    if (captions.has(index)) return { ...sentence, claim: false, reason: CAPTION };
    const key = sentence.text.toLowerCase().replace(/\s+/g, ' ');
    const reason = seen.has(key) ? 'repeated' : (reasons[index] ?? null);
    seen.add(key);
    if (reason !== null) return { ...sentence, claim: false, reason };
    const cut = datelineLength(sentence.text) || listMarkerLength(sentence.text);
    return {
      text: sentence.text.slice(cut),
      start: sentence.start + cut,
      end: sentence.end,
      claim: true,
      reason: null,
    };
  });
}

const CAPTION = 'photo caption or credit';

/** Indexes of the sentences of paragraphs that end in a photo credit ("Kim inspects a warship.
 *  Photograph: KCNA/Reuters"): the picture's caption, not the article's statement. `reasons`:
 *  each sentence's nonClaimReason. */
function captionSentences(
  sentences: SentenceSpan[],
  reasons: readonly (string | null)[],
  source: string,
): Set<number> {
  // Whether a line break separates sentence k from the next one (or k is the last).
  const paragraphEndsAt = (k: number) => {
    const next = sentences[k + 1];
    return !next || source.slice(sentences[k]?.end, next.start).includes('\n');
  };
  const captions = new Set<number>();
  sentences.forEach((_, i) => {
    if (reasons[i] !== CAPTION || !paragraphEndsAt(i)) return;
    for (let k = i - 1; k >= 0 && !paragraphEndsAt(k); k--) captions.add(k);
  });
  return captions;
}

/** Length of a list item's number ("1. ", "b) "): the item is the claim, not its number. */
function listMarkerLength(text: string): number {
  return /^(?:\d{1,2}|[a-z])[.)]\s+(?=\p{Lu})/u.exec(text)?.[0].length ?? 0;
}

/** Why a single sentence is not a claim, or null if it is one. */
export function nonClaimReason(text: string): string | null {
  for (const { pattern, reason } of BOILERPLATE_RULES) if (pattern.test(text)) return reason;
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (isTimestamp(words)) return 'timestamp';
  if (isKeywordList(text)) return 'tag list';
  if (words.length < MIN_CLAIM_WORDS) return 'too short';
  if (nothingSpecific(text, words)) return 'nothing specific to check';
  if (isTitleCase(words)) return 'heading or fragment';
  if (!/[.!?…»"”'’)]$/u.test(text)) return 'heading or fragment';
  return null;
}

/** Few content words, and no name (a capital past the first word) or number to pin them down. */
function nothingSpecific(text: string, words: string[]): boolean {
  if (/\p{N}/u.test(text) || words.slice(1).some((word) => /^\p{Lu}/u.test(word))) return false;
  return contentWords(text).length < MIN_CONTENT_WORDS;
}
