// Addresses from the corpus and the page are untrusted: a document's `url` may be `javascript:…`,
// `data:…` or anything else an importer read. Only these become links; every other address is shown
// as text. One check for the whole product: importers keep only web addresses (webAddress), and the
// popup and the corpus page link only what passes it again here, normalised.
import { webAddress } from '../importers/web-address';

/** The address as a link target when it is an absolute http: or https: URL, else null. */
export function safeLinkUrl(url: string | null | undefined): string | null {
  const address = webAddress(url);
  return address === null ? null : new URL(address).href;
}
