import type { CheckReport, Verdict } from '../../core/types';

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

/** "24 claims · 15 corroborated · 2 differ · 7 uncorroborated", with a stacked bar. */
export function Summary({ report }: { report: CheckReport }) {
  const counts = countVerdicts(report);
  const total = report.claims.length;
  const parts = [
    `${total} ${total === 1 ? 'claim' : 'claims'}`,
    `${counts.corroborated} corroborated`,
    counts.mixed ? `${counts.mixed} mixed` : null,
    `${counts.differing} differ`,
    `${counts.uncorroborated} uncorroborated`,
  ].filter(Boolean);
  return (
    <div class="summary">
      <p data-testid="summary">{parts.join(' · ')}</p>
      {total > 0 && (
        <div class="bar" aria-hidden="true">
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
