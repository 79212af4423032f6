import { BOILERPLATE_RULES, isKeywordList, isTimestamp, isTitleCase } from './boilerplate';
import { datelineLength } from './dateline';
import type { SentenceSpan } from './types';

export interface ClassifiedSentence extends SentenceSpan {
  claim: boolean;
  /** Why a sentence is not a claim; null for claims. */
  reason: string | null;
}

const MIN_CLAIM_WORDS = 5;

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
  if (isTitleCase(words)) return 'heading or fragment';
  if (!/[.!?…»"”'’)]$/u.test(text)) return 'heading or fragment';
  return null;
}
