// Untrusted text (a title, an outlet, a quote) set inside a sentence of ours: isolated, so a
// right-to-left or override character in it cannot reorder the words around it. Elements get
// <bdi> or dir="auto" instead; this is for text substituted into a message string.

/** The text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (Unicode bidi isolates). */
export const isolated = (text: string) => `\u2068${text}\u2069`;

/** Most characters of a name or title shown in a line of the UI (quotes are shown whole). */
export const MAX_LABEL_CHARS = 200;

/** A name or title cut to MAX_LABEL_CHARS (UTF-16 units), with an ellipsis: an outlet's name of
 *  50,000 characters would otherwise fill the popup. Never cuts a surrogate pair in two. */
export function clipped(text: string, max = MAX_LABEL_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
