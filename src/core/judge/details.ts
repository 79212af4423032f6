import { comparableTerms, contentTermSet } from '../crosslang/comparable-terms';
import type { SentenceFeatures } from '../features';
import { sameNumber } from '../features/numbers';
import { matchesAny } from '../text/term-match';
import type { DifferenceDetail } from '../types';

/** Details two sentences state differently, and the token indexes of each side they involve (left
 *  out when judging how much else the sentences share). */
export interface Conflicts {
  details: DifferenceDetail[];
  here: Set<number>;
  there: Set<number>;
}

/** Finds the details on which `a` (the claim) and `b` (the evidence) disagree. Something one side
 *  states and the other leaves out is no conflict: only a different value for the same slot is. */
export function findConflicts(a: SentenceFeatures, b: SentenceFeatures): Conflicts {
  const conflicts: Conflicts = { details: [], here: new Set(), there: new Set() };
  numberConflicts(a, b, conflicts);
  dateConflicts(a, b, conflicts);
  nameConflicts(a, b, conflicts);
  negationConflict(a, b, conflicts);
  quantifierConflict(a, b, conflicts);
  return conflicts;
}

function record(
  conflicts: Conflicts,
  kind: DifferenceDetail['kind'],
  here: { text: string; tokens: number[] },
  there: { text: string; tokens: number[] },
): void {
  conflicts.details.push({ kind, here: here.text, there: there.text });
  here.tokens.forEach((i) => conflicts.here.add(i));
  there.tokens.forEach((i) => conflicts.there.add(i));
}

function numberConflicts(a: SentenceFeatures, b: SentenceFeatures, conflicts: Conflicts): void {
  const onlyA = a.numbers.filter((x) => !b.numbers.some((y) => sameNumber(x, y)));
  const onlyB = b.numbers.filter((y) => !a.numbers.some((x) => sameNumber(x, y)));
  for (const x of onlyA) {
    const y = onlyB.find((candidate) => candidate.unit === x.unit);
    if (!y) continue;
    onlyB.splice(onlyB.indexOf(y), 1);
    // The same digits under another magnitude ("3 million" / "3 billion") change the quantity.
    const ratio = Math.max(x.value, y.value) / Math.max(Math.min(x.value, y.value), 1e-9);
    const magnitude = x.scaled !== y.scaled || Number.isInteger(Math.log10(ratio));
    record(conflicts, magnitude && (x.scaled || y.scaled) ? 'quantity' : 'number', x, y);
  }
}

function dateConflicts(a: SentenceFeatures, b: SentenceFeatures, conflicts: Conflicts): void {
  for (const x of a.dates) {
    const sameKind = b.dates.filter((y) => y.kind === x.kind);
    const first = sameKind[0];
    if (!first || sameKind.some((y) => y.value === x.value)) continue;
    if (a.dates.some((o) => o.kind === x.kind && sameKind.some((y) => y.value === o.value)))
      continue;
    record(conflicts, 'date', x, first);
  }
}

/** A name or place one side states where the other states another: only spans in the same slot
 *  (the same content words right before and right after them, or the sentence edge) count, so extra names a paraphrase
 *  adds elsewhere ("KCNA", "Vladivostok") are not read as a conflict. */
function nameConflicts(a: SentenceFeatures, b: SentenceFeatures, conflicts: Conflicts): void {
  const onlyA = unmatchedNames(a, b);
  const onlyB = unmatchedNames(b, a);
  for (const x of onlyA) {
    const y = onlyB.find((candidate) => x.left === candidate.left && x.right === candidate.right);
    if (!y) continue;
    onlyB.splice(onlyB.indexOf(y), 1);
    record(conflicts, x.place || y.place ? 'place' : 'name', x, y);
  }
}

interface NameSpan {
  text: string;
  tokens: number[];
  place: boolean;
  /** Content terms next to the span: where it sits in the sentence. */
  left: string | null;
  right: string | null;
}

function unmatchedNames(x: SentenceFeatures, y: SentenceFeatures): NameSpan[] {
  const terms = new Set(y.tokens.map((token) => token.term));
  const spans: NameSpan[] = [];
  for (const entity of x.entities) {
    if (entity.source) continue;
    const missing = entity.tokens.filter((i) => {
      const token = x.tokens[i];
      return token !== undefined && !token.stop && !matchesAny(token.term, terms);
    });
    const first = missing[0];
    const last = missing[missing.length - 1];
    if (first === undefined || last === undefined) continue;
    spans.push({
      text: missing.map((i) => x.tokens[i]?.text).join(' '),
      tokens: missing,
      place: entity.place,
      left: neighbourTerm(x, first, -1),
      right: neighbourTerm(x, last, 1),
    });
  }
  return spans;
}

function neighbourTerm(x: SentenceFeatures, from: number, step: 1 | -1): string | null {
  for (let i = from + step; i >= 0 && i < x.tokens.length; i += step) {
    const token = x.tokens[i];
    if (token && !token.stop) return token.term;
  }
  return null;
}

function negationConflict(a: SentenceFeatures, b: SentenceFeatures, conflicts: Conflicts): void {
  const negatedA = a.negations.length % 2 === 1;
  const negatedB = b.negations.length % 2 === 1;
  if (negatedA === negatedB) return;
  // "It is not yet known when he will leave" negates nothing "he met Putin" states.
  const sharedA = sharedNegations(a, b);
  const sharedB = sharedNegations(b, a);
  if (!sharedA.length && !sharedB.length) return;
  const none = { text: 'no negation', tokens: [] };
  record(conflicts, 'negation', sharedA[0] ?? none, sharedB[0] ?? none);
}

/** Content words a negation governs: the next few after it, within its clause. */
const NEGATION_SCOPE = 3;

/** The negations of `x` that negate something `y` also states. */
function sharedNegations(x: SentenceFeatures, y: SentenceFeatures) {
  if (!x.negations.length) return x.negations;
  const termsOfX = comparableTerms(x, y.language);
  const other = contentTermSet(y, x.language);
  return x.negations.filter(({ tokens }) => {
    const cue = tokens[0] ?? -1;
    let seen = 0;
    for (let i = cue + 1; i < x.tokens.length && seen < NEGATION_SCOPE; i++) {
      const token = x.tokens[i];
      const before = x.tokens[i - 1];
      if (!token || !before || /[,;:()]/u.test(x.text.slice(before.end, token.start))) break;
      if (token.stop) continue;
      seen++;
      if ((termsOfX[i] ?? [token.term]).some((term) => matchesAny(term, other))) return true;
    }
    return false;
  });
}

/** A vague quantity where the other side gives a number for the same thing ("several countries" /
 *  "two countries"). Two vague words ("a few" / "several") are no conflict: both are vague. */
function quantifierConflict(a: SentenceFeatures, b: SentenceFeatures, conflicts: Conflicts): void {
  const pair = (x: SentenceFeatures, y: SentenceFeatures, flip: boolean) => {
    for (const q of x.quantifiers) {
      const index = q.tokens[0] ?? -1;
      const after = neighbourTerm(x, index, 1);
      const n = y.numbers.find((number) => {
        const last = number.tokens[number.tokens.length - 1] ?? -1;
        return number.unit === 'count' && after !== null && neighbourTerm(y, last, 1) === after;
      });
      if (!n || n.tokens.some((i) => (flip ? conflicts.here : conflicts.there).has(i))) continue;
      if (flip) record(conflicts, 'quantity', n, q);
      else record(conflicts, 'quantity', q, n);
      return;
    }
  };
  pair(a, b, false);
  pair(b, a, true);
}
