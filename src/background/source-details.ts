import type { CheckReport, CorpusStore } from '../core';
import type { SourceDetails } from '../messages/protocol';

/** Date, URL and origin group of every corpus document a report cites. The group is the one the
 *  store keeps up to date at import (copies of one story, with the reader's manual corrections). */
export async function sourceDetails(
  report: CheckReport,
  store: CorpusStore,
): Promise<Record<string, SourceDetails>> {
  const ids = new Set<string>();
  for (const claim of report.claims) {
    claim.support.forEach((item) => ids.add(item.document.id));
    claim.differences.forEach((item) => ids.add(item.document.id));
  }
  const details: Record<string, SourceDetails> = {};
  for (const document of await store.getDocuments([...ids])) {
    details[document.id] = {
      published: document.published,
      url: document.url,
      origin: document.origin ?? document.id,
    };
  }
  return details;
}
