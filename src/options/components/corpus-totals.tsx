import type { CorpusStats } from '../../core';

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
        {stats ? `${stats.documents} documents · ${stats.sentences} sentences` : '…'}
      </span>
      {stats && storageUsed !== null && (
        <span data-testid="storage-used"> · {formatBytes(storageUsed)} stored</span>
      )}
    </p>
  );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
