// Origin groups over the whole corpus, kept up to date as documents come and go: documents in one
// group are copies of one text (near-duplicates or partial reprints, see provenance.ts `sameText`),
// with the reader's manual splits and merges on top. A new document finds its candidates through
// the LSH bands the store indexes, so grouping costs the same per document at 1k or 100k documents.
// A group's id is the id of one of its documents; it carries no meaning beyond equality.
import { disjointSets } from './disjoint-sets';
import { lshBands } from './minhash';
import { sameText } from './same-text';
import type { DocumentRecord } from '../types';

/** The reader's correction of the automatic grouping for one document, keyed by document id (a
 *  hash of the normalised text), so it applies again when the same text is imported again. */
export interface OriginOverride {
  id: string;
  /** Split off by hand: automatic near-duplicate links to this document are ignored. */
  separate: boolean;
  /** Documents merged with this one by hand (kept symmetric by `mergeOrigins`). */
  links: string[];
}

/** What origin grouping needs of a store (both corpus stores implement it). */
export interface OriginStore {
  findDocumentsByBands(bands: string[]): Promise<string[]>;
  getDocuments(ids: string[]): Promise<DocumentRecord[]>;
  /** Stored documents whose `origin` is one of these. */
  documentsOfOrigins(origins: string[]): Promise<DocumentRecord[]>;
  /** Sets `origin` on stored documents; ids not stored are skipped. */
  setOrigins(origins: Map<string, string>): Promise<void>;
  /** Overrides of these document ids (stored or not: overrides outlive their documents). */
  getOriginOverrides(ids: string[]): Promise<OriginOverride[]>;
  /** Stores overrides, replacing those of the same ids. */
  putOriginOverrides(overrides: OriginOverride[]): Promise<void>;
}

type Grouped = Pick<DocumentRecord, 'id' | 'signature' | 'shingles' | 'origin'>;

const byId = (overrides: OriginOverride[]) => new Map(overrides.map((o) => [o.id, o]));

/** Whether two documents are linked: merged by hand, or copies and neither split off by hand. */
function linked(a: Grouped, b: Grouped, overrides: Map<string, OriginOverride>): boolean {
  const left = overrides.get(a.id);
  const right = overrides.get(b.id);
  if (left?.links.includes(b.id) || right?.links.includes(a.id)) return true;
  if (left?.separate || right?.separate) return false;
  return sameText(a, b);
}

/** Groups newly stored documents: each joins the groups of the stored documents it is linked to,
 *  merging them when it bridges several. Documents of one batch see each other. The reads of a
 *  batch are issued together (a few round trips per batch, not per document); decisions are then
 *  taken one document at a time in memory. */
export async function assignOrigins(store: OriginStore, added: DocumentRecord[]): Promise<void> {
  if (!added.length) return;
  const candidateLists = await Promise.all(
    added.map((d) => (d.bands.length ? store.findDocumentsByBands(d.bands) : [])),
  );
  const allCandidates = [...new Set(candidateLists.flat())];
  const overrides = byId(
    await store.getOriginOverrides([...new Set([...added.map((d) => d.id), ...allCandidates])]),
  );
  const manualIds = added.flatMap((d) => overrides.get(d.id)?.links ?? []);
  const records = new Map(
    (await store.getDocuments([...new Set([...allCandidates, ...manualIds])])).map((d) => [
      d.id,
      d,
    ]),
  );
  const assigned = new Map<string, string>();
  const originOf = (d: Grouped) => assigned.get(d.id) ?? d.origin ?? d.id;
  for (const [i, document] of added.entries()) {
    const manual = overrides.get(document.id)?.links ?? [];
    const others = new Set([...(candidateLists[i] ?? []), ...manual]);
    others.delete(document.id);
    const neighbours = [...others].flatMap((id) => {
      const other = records.get(id);
      return other && linked(document, other, overrides) ? [other] : [];
    });
    const groups = [...new Set(neighbours.map(originOf))].sort();
    const target = groups[0] ?? document.id;
    assigned.set(document.id, target);
    const absorbed = new Set(groups.slice(1));
    if (!absorbed.size) continue;
    // Neighbours not grouped yet (stored before grouping existed) are found only this way.
    for (const neighbour of neighbours)
      if (absorbed.has(originOf(neighbour))) assigned.set(neighbour.id, target);
    for (const member of await store.documentsOfOrigins([...absorbed]))
      if (absorbed.has(originOf(member))) assigned.set(member.id, target);
    for (const [id, origin] of assigned) if (absorbed.has(origin)) assigned.set(id, target);
  }
  await store.setOrigins(assigned);
}

/** Recomputes the groups of these documents from scratch (all members of the groups concerned):
 *  connected components of `linked`, each named after its smallest document id. */
export async function regroup(store: OriginStore, members: DocumentRecord[]): Promise<void> {
  const overrides = byId(await store.getOriginOverrides(members.map((m) => m.id)));
  const origins = componentsOf(members, (a, b) => linked(a, b, overrides));
  await store.setOrigins(origins);
}

/** After documents were deleted: a deleted document may have bridged two copies that are not
 *  copies of each other, so the groups it was in are recomputed from their remaining members. */
export async function regroupAfterDelete(
  store: OriginStore,
  deleted: Pick<DocumentRecord, 'origin'>[],
): Promise<void> {
  const groups = [...new Set(deleted.flatMap((d) => (d.origin ? [d.origin] : [])))];
  if (groups.length) await regroup(store, await store.documentsOfOrigins(groups));
}

/** Splits a document off its group by hand (remembered by id), then regroups what it leaves. */
export async function splitOrigin(store: OriginStore, id: string): Promise<void> {
  const [document] = await store.getDocuments([id]);
  const [own] = await store.getOriginOverrides([id]);
  // Its manual links go too, on both sides: a split undoes merges.
  const partners = await store.getOriginOverrides(own?.links ?? []);
  await store.putOriginOverrides([
    { id, separate: true, links: [] },
    ...partners.map((p) => ({ ...p, links: p.links.filter((link) => link !== id) })),
  ]);
  if (!document) return;
  const members = document.origin ? await store.documentsOfOrigins([document.origin]) : [];
  await regroup(store, members.length ? members : [document]);
}

/** Merges the groups of two documents by hand (a link remembered on both ids). */
export async function mergeOrigins(store: OriginStore, a: string, b: string): Promise<void> {
  if (a === b) return;
  const found = byId(await store.getOriginOverrides([a, b]));
  const withLink = (id: string, other: string): OriginOverride => {
    const current = found.get(id) ?? { id, separate: false, links: [] };
    return { ...current, links: [...new Set([...current.links, other])] };
  };
  await store.putOriginOverrides([withLink(a, b), withLink(b, a)]);
  const documents = await store.getDocuments([a, b]);
  const groups = [...new Set(documents.map((d) => d.origin ?? d.id))];
  const members = await store.documentsOfOrigins(groups);
  const all = new Map([...documents, ...members].map((d) => [d.id, d]));
  await regroup(store, [...all.values()]);
}

/** Groups a whole corpus in memory (the schema upgrade that adds groups to stored documents):
 *  candidates from the bands, as at import. Bands are recomputed from the signature, so documents
 *  stored with older band keys are grouped like new ones. */
export function groupDocuments(
  documents: DocumentRecord[],
  overrides: OriginOverride[] = [],
): Map<string, string> {
  const byBand = new Map<string, number[]>();
  const candidates = documents.map((document, i) => {
    const found = new Set<number>();
    for (const band of document.signature.length ? lshBands(document.signature) : []) {
      let list = byBand.get(band);
      if (!list) byBand.set(band, (list = []));
      list.forEach((j) => found.add(j));
      list.push(i);
    }
    return found;
  });
  const links = byId(overrides);
  const index = new Map(documents.map((d, i) => [d.id, i]));
  return componentsOf(
    documents,
    (a, b) => linked(a, b, links),
    (i) => [
      ...(candidates[i] ?? []),
      ...(links.get(documents[i]?.id ?? '')?.links ?? []).flatMap((id) => index.get(id) ?? []),
    ],
  );
}

/** Connected components of `edge` among `items` (every pair, or the `neighbours` given), each
 *  named after its smallest id. */
function componentsOf<T extends { id: string }>(
  items: T[],
  edge: (a: T, b: T) => boolean,
  neighbours?: (i: number) => Iterable<number>,
): Map<string, string> {
  const { find, union } = disjointSets(items.length);
  items.forEach((a, i) => {
    const others = neighbours ? neighbours(i) : items.keys();
    for (const j of others) {
      const b = items[j];
      if (b && j !== i && find(i) !== find(j) && edge(a, b)) union(i, j);
    }
  });
  const names = new Map<number, string>();
  items.forEach((item, i) => {
    const root = find(i);
    const name = names.get(root);
    if (name === undefined || item.id < name) names.set(root, item.id);
  });
  return new Map(items.map((item, i) => [item.id, names.get(find(i)) ?? item.id]));
}
