// Addresses from imported files are the file author's, not the reader's: a record may say
// "javascript:…" or "data:…". Only web addresses are kept, so only those can ever become links.
// (src/ui/safe-url.ts links through this check.)

/** Longer addresses are not kept: no real page has one, and a link that long only hides its end. */
const MAX_ADDRESS = 10_000;

/** `value` when it is an absolute http or https address, else null. */
export function webAddress(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.length > MAX_ADDRESS) return null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? trimmed : null;
  } catch {
    return null;
  }
}
