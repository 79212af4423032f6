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
 *  with a wire dateline are trimmed to what follows it (offsets move with the text). */
export function classifySentences(sentences: SentenceSpan[]): ClassifiedSentence[] {
  const seen = new Set<string>();
  return sentences.map((sentence) => {
    const key = sentence.text.toLowerCase().replace(/\s+/g, ' ');
    const reason = seen.has(key) ? 'repeated' : nonClaimReason(sentence.text);
    seen.add(key);
    if (reason !== null) return { ...sentence, claim: false, reason };
    const cut = datelineLength(sentence.text);
    return {
      text: sentence.text.slice(cut),
      start: sentence.start + cut,
      end: sentence.end,
      claim: true,
      reason: null,
    };
  });
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
