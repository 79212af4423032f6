// Wire datelines open the first sentence ("Seoul, Sep 17 (EFE).- North Korea's leader …",
// "WASHINGTON (Reuters) - The …"). The claim is what follows; the dateline itself is not checked.
const DATELINE =
  /^\p{Lu}[\p{L} .'’-]{1,40}(?:,\s*[\p{L}]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*\((?:[\p{L}&/ ]{2,30})\)\s*\.?\s*[-–—]+\s*/u;

/** Length of a leading dateline in a sentence, or 0. */
export function datelineLength(text: string): number {
  const match = DATELINE.exec(text);
  if (!match) return 0;
  // Keep the sentence if nothing of substance follows (the line was only a dateline).
  return match[0].length < text.length - 20 ? match[0].length : 0;
}
