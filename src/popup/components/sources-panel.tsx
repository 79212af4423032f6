import type { CheckReport, DocumentInfo } from '../../core/types';
import type { SourceDetails } from '../../messages/protocol';
import { t, tCount } from '../../ui/i18n';
import { sourceName } from './claim-item';

interface SourceRow {
  document: DocumentInfo;
  supports: number;
  contradicts: number;
}

/** Every corpus document that touched the article, grouped by origin (copies of one story). */
export function groupSources(
  report: CheckReport,
  sources: Record<string, SourceDetails>,
): SourceRow[][] {
  const rows = new Map<string, SourceRow>();
  const row = (document: DocumentInfo) => {
    let existing = rows.get(document.id);
    if (!existing) rows.set(document.id, (existing = { document, supports: 0, contradicts: 0 }));
    return existing;
  };
  for (const claim of report.claims) {
    new Set(claim.support.map((s) => s.document)).forEach((d) => row(d).supports++);
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
      {groups.map((group) => (
        <li key={group[0]?.document.id} class="origin" data-testid="origin-group">
          <p class="origin-head">
            {tCount('sourcesOrigin', group.length, group[0] ? sourceName(group[0].document) : '')}
          </p>
          <ul>
            {group.map((row) => (
              <li key={row.document.id} class="origin-document">
                <button type="button" class="link" onClick={() => onOpenDocument(row.document.id)}>
                  {sourceName(row.document)} — {row.document.title}
                </button>
                <span class="claim-counts">
                  {' '}
                  {t('sourcesCounts', row.supports, row.contradicts)}
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
