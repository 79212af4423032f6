// Untrusted text (a title, an outlet, a quote) set inside a sentence of ours: isolated, so a
// right-to-left or override character in it cannot reorder the words around it. Elements get
// <bdi> or dir="auto" instead; this is for text substituted into a message string.

/** The text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (Unicode bidi isolates). */
export const isolated = (text: string) => `\u2068${text}\u2069`;
