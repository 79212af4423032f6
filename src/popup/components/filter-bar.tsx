import type { Verdict } from '../../core/types';
import { t, type MessageKey } from '../../ui/i18n';

export type VerdictFilter = 'all' | 'uncorroborated' | 'differing' | 'corroborated';

const FILTERS: [VerdictFilter, MessageKey][] = [
  ['all', 'filterAll'],
  ['uncorroborated', 'verdictUncorroborated'],
  ['differing', 'verdictDiffering'],
  ['corroborated', 'verdictCorroborated'],
];

/** Which verdicts a filter shows: "differing" includes mixed claims, which also differ. */
export function matchesFilter(verdict: Verdict, filter: VerdictFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'differing') return verdict === 'differing' || verdict === 'mixed';
  if (filter === 'corroborated') return verdict === 'corroborated' || verdict === 'mixed';
  return verdict === filter;
}

export function FilterBar({
  value,
  counts,
  onChange,
}: {
  value: VerdictFilter;
  counts: Record<VerdictFilter, number>;
  onChange: (filter: VerdictFilter) => void;
}) {
  return (
    <div class="filters" role="group" aria-label={t('popupFilterLabel')}>
      {FILTERS.map(([filter, label]) => (
        <button
          key={filter}
          type="button"
          class="filter"
          aria-pressed={value === filter}
          data-testid={`filter-${filter}`}
          onClick={() => onChange(filter)}
        >
          {t(label)} <span class="count">{counts[filter]}</span>
        </button>
      ))}
    </div>
  );
}
