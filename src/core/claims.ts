import type { SentenceSpan } from './types';

export interface ClassifiedSentence extends SentenceSpan {
  claim: boolean;
  /** Why a sentence is not a claim; null for claims. */
  reason: string | null;
}

const BOILERPLATE: [RegExp, string][] = [
  [
    /^(share|share it|tweet|email|print|comment|comments|subscribe|advertisement|related|related articles|read more|back to top|top)\b/i,
    'navigation or prompt',
  ],
  [
    /(sign up|newsletter|subscribe|leave a reply|click here|required fields|read and post comments|community guidelines|join the .* community)/i,
    'subscription or comment prompt',
  ],
  [
    /(^|\s)(читайте також|читайте также|приєднуйтесь|подписывайтесь|підписуйтесь)/iu,
    'related link or prompt',
  ],
  [/(©|\ball rights reserved\b|\bregistered trademarks?\b)/i, 'copyright line'],
  [/^(tags?|теги):/i, 'tag list'],
  [/^photo:|\bphoto: \w+$/i, 'photo credit'],
];

/** Decides for each sentence whether it is a claim worth checking, and says why not. */
export function classifySentences(sentences: SentenceSpan[]): ClassifiedSentence[] {
  const seen = new Set<string>();
  return sentences.map((sentence) => {
    const reason = nonClaimReason(sentence.text, seen);
    seen.add(sentence.text.toLowerCase());
    return { ...sentence, claim: reason === null, reason };
  });
}

function nonClaimReason(text: string, seen: Set<string>): string | null {
  if (seen.has(text.toLowerCase())) return 'repeated';
  for (const [pattern, reason] of BOILERPLATE) if (pattern.test(text)) return reason;
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 5) return 'too short';
  if (!/[.!?…»"”]$/u.test(text)) return 'not a sentence';
  return null;
}
