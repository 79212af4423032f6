import type { CheckReport, Verdict } from '../../core/types';
import { t, tCount } from '../../ui/i18n';

const ORDER: Verdict[] = ['corroborated', 'mixed', 'differing', 'uncorroborated'];

export function countVerdicts(report: CheckReport): Record<Verdict, number> {
  const counts: Record<Verdict, number> = {
    corroborated: 0,
    mixed: 0,
    differing: 0,
    uncorroborated: 0,
  };
  for (const claim of report.claims) counts[claim.verdict]++;
  return counts;
}

/** "24 claims · 15 corroborated (by 3 independent origins) · 2 differ · 7 uncorroborated". */
export function Summary({ report, origins }: { report: CheckReport; origins: number }) {
  const counts = countVerdicts(report);
  const total = report.claims.length;
  const parts = [
    tCount('summaryClaims', total),
    `${t('summaryCorroborated', counts.corroborated)}${counts.corroborated ? ` ${tCount('summaryOrigins', origins)}` : ''}`,
    counts.mixed ? t('summaryMixed', counts.mixed) : null,
    t('summaryDiffer', counts.differing),
    t('summaryUncorroborated', counts.uncorroborated),
  ].filter(Boolean);
  return (
    <div class="summary">
      <p data-testid="summary">{parts.join(' · ')}</p>
      {total > 0 && (
        <div class="bar" role="img" aria-label={parts.join(', ')}>
          {ORDER.map((verdict) =>
            counts[verdict] ? (
              <span key={verdict} class={`bar-${verdict}`} style={{ flexGrow: counts[verdict] }} />
            ) : null,
          )}
        </div>
      )}
    </div>
  );
}
