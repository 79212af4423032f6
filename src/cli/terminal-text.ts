// Corpus text is the file author's, not the reader's: a title may hold ESC sequences that move
// the cursor or recolour the terminal, BEL, backspaces that overwrite what was printed, or bidi
// overrides (U+202E) that reverse what follows. Readable output drops them; JSON keeps the data,
// with every such character escaped, so the JSON itself prints harmlessly.

// C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides,
// isolates and marks. Matching control characters is the point here.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` for a terminal: without control characters and bidi controls (carriage returns
 *  become nothing too, so a line cannot overwrite itself). */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE, '');
}

/** JSON text with those characters (inside its strings: JSON.stringify leaves C1 controls and
 *  bidi controls raw) written as \u escapes: the same JSON value. */
export function escapedJson(json: string): string {
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
