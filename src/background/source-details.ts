import { groupOrigins, type CheckReport, type CorpusStore } from '../core';
import type { SourceDetails } from '../messages/protocol';

/** Date, URL and origin group of every corpus document a report cites. */
export async function sourceDetails(
  report: CheckReport,
  store: CorpusStore,
): Promise<Record<string, SourceDetails>> {
  const ids = new Set<string>();
  for (const claim of report.claims) {
    claim.support.forEach((item) => ids.add(item.document.id));
    claim.differences.forEach((item) => ids.add(item.document.id));
  }
  const documents = await store.getDocuments([...ids]);
  const groups = groupOrigins(documents);
  // Name each origin group after its first document, so the key is stable for the report.
  const groupKey = new Map<number, string>();
  const details: Record<string, SourceDetails> = {};
  for (const document of documents) {
    const group = groups.get(document.id) ?? -1;
    if (!groupKey.has(group)) groupKey.set(group, document.id);
    details[document.id] = {
      published: document.published,
      url: document.url,
      origin: groupKey.get(group) ?? document.id,
    };
  }
  return details;
}
