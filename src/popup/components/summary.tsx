import { STANDINGS, standingCounts, storyOrigins } from '../../core/report/counts';
import type { CheckReport } from '../../core/types';
import type { SourceDetails } from '../../messages/protocol';
import { t, tCount } from '../../ui/i18n';

/** "24 claims · 15 corroborated (by 3 independent origins) · 2 differ · 7 uncorroborated": the
 *  standings the filter chips and the claims' labels count (core/report/counts.ts). */
export function Summary({
  report,
  sources,
}: {
  report: CheckReport;
  sources: Record<string, SourceDetails>;
}) {
  const counts = standingCounts(report.claims);
  const origins = storyOrigins(report.claims, (id) => sources[id]?.origin ?? id);
  const total = report.claims.length;
  const parts = [
    tCount('summaryClaims', total),
    `${t('summaryCorroborated', counts.corroborated)}${counts.corroborated ? ` ${tCount('summaryOrigins', origins)}` : ''}`,
    counts.copies ? t('summaryCopies', counts.copies) : null,
    counts.mixed ? t('summaryMixed', counts.mixed) : null,
    t('summaryDiffer', counts.differing),
    t('summaryUncorroborated', counts.uncorroborated),
  ].filter(Boolean);
  return (
    <div class="summary">
      <p data-testid="summary">{parts.join(' · ')}</p>
      {total > 0 && (
        <div
          class={report.coverage?.documents === 0 ? 'bar not-covered' : 'bar'}
          role="img"
          aria-label={parts.join(', ')}
        >
          {STANDINGS.map((standing) =>
            counts[standing] ? (
              <span
                key={standing}
                class={`bar-${standing}`}
                style={{ flexGrow: counts[standing] }}
              />
            ) : null,
          )}
        </div>
      )}
    </div>
  );
}
