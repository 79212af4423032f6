import type { CorpusStats } from '../../core';
import { t } from '../../ui/i18n';

/** "N documents · M sentences" (tests read exactly this), then the storage the corpus uses. */
export function CorpusTotals({
  stats,
  storageUsed,
}: {
  stats: CorpusStats | null;
  storageUsed: number | null;
}) {
  return (
    <p class="totals">
      <span data-testid="corpus-totals">
        {stats ? t('corpusTotals', stats.documents, stats.sentences) : '…'}
      </span>
      {stats && storageUsed !== null && (
        <span data-testid="storage-used">{t('corpusStored', formatBytes(storageUsed))}</span>
      )}
    </p>
  );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
