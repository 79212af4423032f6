import type { Standing } from '../../core/report/counts';
import { t, type MessageKey } from '../../ui/i18n';

export type VerdictFilter = 'all' | Standing;

/** One chip per standing, in the summary's order: each shows exactly the claims of its standing,
 *  so the chips' counts add up to "All" and equal the summary's. */
const FILTERS: [VerdictFilter, MessageKey][] = [
  ['all', 'filterAll'],
  ['corroborated', 'verdictCorroborated'],
  ['copies', 'verdictCopies'],
  ['mixed', 'verdictMixed'],
  ['differing', 'verdictDiffering'],
  ['uncorroborated', 'verdictUncorroborated'],
];

export function matchesFilter(standing: Standing, filter: VerdictFilter): boolean {
  return filter === 'all' || standing === filter;
}

/** The chips of the standings some claim has (and the one selected, so it can be left). */
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
      {FILTERS.filter(([filter]) => filter === 'all' || filter === value || counts[filter] > 0).map(
        ([filter, label]) => (
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
        ),
      )}
    </div>
  );
}
