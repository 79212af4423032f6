import type { CheckReport, DocumentInfo } from '../../core/types';
import type { SourceDetails } from '../../messages/protocol';
import { clipped, isolated } from '../../ui/bidi';
import { t, tCount } from '../../ui/i18n';
import { DocumentUrl, sourceName } from './claim-item';

interface SourceRow {
  document: DocumentInfo;
  /** Claims the document corroborates, differs on, and of the first how many under an
   *  attribution ("KCNA said") rather than in its own voice. */
  supports: number;
  contradicts: number;
  attributed: number;
  /** Claims it corroborates through a copy of the checked article's own story (support whose
   *  origin is null, counted for nothing). */
  copied: number;
}

/** Every corpus document that touched the article, grouped by origin (copies of one story). */
export function groupSources(
  report: CheckReport,
  sources: Record<string, SourceDetails>,
): SourceRow[][] {
  const rows = new Map<string, SourceRow>();
  const row = (document: DocumentInfo) => {
    let existing = rows.get(document.id);
    if (!existing)
      rows.set(
        document.id,
        (existing = { document, supports: 0, contradicts: 0, attributed: 0, copied: 0 }),
      );
    return existing;
  };
  for (const claim of report.claims) {
    const supporting = new Map(claim.support.map((s) => [s.document.id, s]));
    for (const item of supporting.values()) {
      const entry = row(item.document);
      entry.supports++;
      if (item.attributedTo) entry.attributed++;
      if (item.origin === null) entry.copied++;
    }
    new Set(claim.differences.map((s) => s.document)).forEach((d) => row(d).contradicts++);
  }
  const groups = new Map<string, SourceRow[]>();
  for (const item of rows.values()) {
    const origin = sources[item.document.id]?.origin ?? item.document.id;
    groups.set(origin, [...(groups.get(origin) ?? []), item]);
  }
  const weight = (group: SourceRow[]) => group.reduce((n, r) => n + r.supports + r.contradicts, 0);
  return [...groups.values()].sort((a, b) => weight(b) - weight(a));
}

export function SourcesPanel({
  report,
  sources,
  onOpenDocument,
}: {
  report: CheckReport;
  sources: Record<string, SourceDetails>;
  onOpenDocument: (documentId: string) => void;
}) {
  const groups = groupSources(report, sources);
  if (groups.length === 0) return <p class="status">{t('sourcesEmpty')}</p>;
  return (
    <ul class="origins">
      {groups.map((group) => {
        // The article's own story: everything the group supports is copied in the article.
        const copied = group.reduce((n, row) => n + row.copied, 0);
        const supports = group.reduce((n, row) => n + row.supports, 0);
        const own = copied > 0 && copied === supports ? 'all' : copied > 0 ? 'partly' : null;
        return (
          <li
            key={group[0]?.document.id}
            class={own ? 'origin origin-own' : 'origin'}
            data-testid="origin-group"
            data-own={own ?? 'none'}
          >
            <p class="origin-head">
              {tCount(
                'sourcesOrigin',
                group.length,
                group[0] ? isolated(sourceName(group[0].document)) : '',
              )}
            </p>
            {own && (
              <p class="origin-own-label" data-testid="own-origin">
                {t(own === 'all' ? 'sourcesOwnOrigin' : 'sourcesPartlyCopied')}
              </p>
            )}
            <ul>
              {group.map((row) => (
                <li key={row.document.id} class="origin-document">
                  <button
                    type="button"
                    class="link"
                    onClick={() => onOpenDocument(row.document.id)}
                  >
                    <bdi>{sourceName(row.document)}</bdi> — <bdi>{clipped(row.document.title)}</bdi>
                  </button>{' '}
                  <DocumentUrl url={sources[row.document.id]?.url} />
                  <span class="claim-counts">
                    {' '}
                    {t('sourcesCounts', row.supports, row.contradicts)}
                    {row.attributed ? ` · ${t('sourcesAttributed', row.attributed)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
