import { NEGATIONS, type Token } from '../text/terms';

/** Negation cues with the word they negate ("not inspect", "не передасть"). */
export function findNegations(text: string, tokens: Token[]): { text: string; tokens: number[] }[] {
  const found: { text: string; tokens: number[] }[] = [];
  tokens.forEach((token, i) => {
    if (!NEGATIONS.has(token.term)) return;
    const next = tokens[i + 1];
    const end = next && next.start - token.end <= 2 ? next.end : token.end;
    found.push({ text: text.slice(token.start, end), tokens: [i] });
  });
  return found;
}
