// Two stemmed terms match when equal, or when they share a long prefix: Porter leaves
// Russia/Russian and similar derived pairs apart, and news copy switches between them freely.
const MIN_SHARED_PREFIX = 5;

export function termsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < MIN_SHARED_PREFIX || b.length < MIN_SHARED_PREFIX) return false;
  if (/^\d/.test(a) || /^\d/.test(b)) return false;
  const shorter = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < shorter && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
  return shared >= MIN_SHARED_PREFIX && shared >= shorter - 1;
}

/** True when `term` matches any of `terms` (a Set lookup first, the prefix rule only on a miss). */
export function matchesAny(term: string, terms: Set<string>): boolean {
  if (terms.has(term)) return true;
  for (const other of terms) if (termsMatch(term, other)) return true;
  return false;
}
