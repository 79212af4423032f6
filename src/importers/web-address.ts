// Addresses from imported files are the file author's, not the reader's: a record may say
// "javascript:…" or "data:…". Only web addresses are kept, so only those can ever become links.
// (The popup has its own check in src/ui; the two say the same.)

/** `value` when it is an absolute http or https address, else null. */
export function webAddress(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? trimmed : null;
  } catch {
    return null;
  }
}
