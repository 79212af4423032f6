import type { CorpusStats } from '../../core';

/** "N documents · M sentences · X MB stored" (tests read the start of this line). */
export function CorpusTotals({
  stats,
  storageUsed,
}: {
  stats: CorpusStats | null;
  storageUsed: number | null;
}) {
  return (
    <p data-testid="corpus-totals" class="totals">
      {stats ? `${stats.documents} documents · ${stats.sentences} sentences` : '…'}
      {stats && storageUsed !== null && ` · ${formatBytes(storageUsed)} stored`}
    </p>
  );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
