// Addresses from the corpus and the page are untrusted: a document's `url` may be `javascript:…`,
// `data:…` or anything else an importer read. Only these become links; every other address is shown
// as text. Used by the popup and the corpus page.

const LINKABLE = new Set(['http:', 'https:']);

/** The address as a link target when it is an absolute http: or https: URL, else null. */
export function safeLinkUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || url.length > 10_000) return null;
  try {
    const parsed = new URL(url.trim());
    return LINKABLE.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
