import { claimCounts, standingOf, type Standing } from '../../core/report/counts';
import type { ClaimReport } from '../../core/types';
import { t, tCount } from '../../ui/i18n';

/** What a claim's standing means, in words and with its counts (core/report/counts.ts). */
export function standingText(claim: ClaimReport): string {
  const counts = claimCounts(claim);
  const texts: Record<Standing, () => string> = {
    corroborated: () => tCount('standingCorroborated', counts.origins),
    copies: () => t('standingCopies'),
    mixed: () => t('standingMixed', counts.sources + counts.copies, counts.differing),
    differing: () => tCount('standingDiffering', counts.differing),
    uncorroborated: () => t('standingUncorroborated'),
  };
  return texts[standingOf(claim)]();
}

export function VerdictLabel({ claim }: { claim: ClaimReport }) {
  const standing = standingOf(claim);
  return (
    <span
      class={`verdict verdict-${standing}`}
      data-testid="verdict-label"
      data-standing={standing}
    >
      {standingText(claim)}
    </span>
  );
}
