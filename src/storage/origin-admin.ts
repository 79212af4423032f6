import { mergeOrigins, splitOrigin, type DocumentRecord, type OriginOverride } from '../core';
import type { IndexedDbCorpusStore } from './corpus-store';
import type { CrosscheckDatabase } from './db';

/** A document as the corpus page's origin view shows it. */
export interface OriginMember {
  id: string;
  title: string;
  outlet: string | null;
  file: string | null;
  /** The agency the text credits (its stated origin). */
  credit: string | null;
  /** How the reader corrected its grouping by hand, if they did. */
  manual: 'split' | 'merged' | null;
}

export interface OriginGroup {
  origin: string;
  documents: OriginMember[];
}

export interface OriginQuery {
  /** Case-insensitive words that must all appear in a member's title, outlet or file name: then
   *  groups of one document are listed too (to find one to merge). */
  search?: string;
  offset: number;
  limit: number;
}

/** The origin groups of the corpus for the corpus page, and the reader's corrections. */
export interface OriginAdmin {
  /** Groups of copies (two documents or more), largest first; with `search`, the groups (of any
   *  size) having a matching member. */
  groups(query: OriginQuery): Promise<{ groups: OriginGroup[]; total: number }>;
  /** Makes a document its own origin, remembered by its id across re-imports. */
  split(id: string): Promise<void>;
  /** Puts the groups of these documents together, remembered by their ids across re-imports. */
  merge(ids: string[]): Promise<void>;
}

export class IndexedDbOriginAdmin implements OriginAdmin {
  constructor(
    private readonly db: CrosscheckDatabase,
    private readonly store: IndexedDbCorpusStore,
  ) {}

  async groups({ search, offset, limit }: OriginQuery) {
    const words = (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const matches = (d: DocumentRecord) => {
      const haystack = [d.title, d.outlet, d.file].join(' ').toLowerCase();
      return words.every((word) => haystack.includes(word));
    };
    // A scan of the origin index: the corpus page reads a few thousand documents in well under a
    // second, and groups need all members together.
    const documents = await this.db.getAllFromIndex('documents', 'byOrigin');
    const byOrigin = new Map<string, DocumentRecord[]>();
    for (const document of documents) {
      const origin = document.origin ?? document.id;
      byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), document]);
    }
    const chosen = [...byOrigin].filter(([, members]) =>
      words.length ? members.some(matches) : members.length > 1,
    );
    chosen.sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
    const page = chosen.slice(offset, offset + limit);
    const overrides = new Map(
      (await this.store.getOriginOverrides(page.flatMap(([, m]) => m.map((d) => d.id)))).map(
        (o): [string, OriginOverride] => [o.id, o],
      ),
    );
    return {
      total: chosen.length,
      groups: page.map(([origin, members]) => ({
        origin,
        documents: members.map((d) => member(d, overrides.get(d.id))),
      })),
    };
  }

  split(id: string): Promise<void> {
    return splitOrigin(this.store, id);
  }

  async merge(ids: string[]): Promise<void> {
    const [first, ...rest] = ids;
    if (first === undefined) return;
    for (const other of rest) await mergeOrigins(this.store, first, other);
  }
}

function member(document: DocumentRecord, override: OriginOverride | undefined): OriginMember {
  const manual = override?.links.length ? 'merged' : override?.separate ? 'split' : null;
  return {
    id: document.id,
    title: document.title,
    outlet: document.outlet,
    file: document.file,
    credit: document.credit,
    manual,
  };
}
