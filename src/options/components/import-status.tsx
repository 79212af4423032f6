import { t } from '../../ui/i18n';
import type { ImportProgress } from '../import-files';

/** Progress while importing (bar, counts, time left, cancel), then the report with every failure. */
export function ImportStatus({
  progress,
  onCancel,
}: {
  progress: ImportProgress;
  onCancel: () => void;
}) {
  const running = progress.state === 'running';
  return (
    <section class="import-status" aria-live="polite">
      <progress
        data-testid="import-progress"
        data-state={progress.state}
        max={Math.max(progress.total, 1)}
        value={progress.done}
      />
      <p data-testid="import-status">{statusText(progress)}</p>
      {running && (
        <button type="button" data-testid="import-cancel" onClick={onCancel}>
          {t('optionsCancelImport')}
        </button>
      )}
      {progress.error && (
        <p role="alert" class="error" data-testid="import-error">
          {progress.error}
        </p>
      )}
      {progress.failed.length > 0 && (
        <details class="failures" open={progress.failed.length <= 20}>
          <summary>
            {t('optionsNotImported')} ({progress.failed.length})
          </summary>
          <ul data-testid="import-failures">
            {progress.failed.map((failure, i) => (
              <li key={i}>
                <bdi class="file" dir="auto">
                  {failure.file}
                </bdi>
                : <bdi dir="auto">{failure.reason}</bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
      {progress.warnings.length > 0 && (
        <details class="failures" open={progress.warnings.length <= 20}>
          <summary>
            {t('optionsImportedWithChanges')} ({progress.warnings.length})
          </summary>
          <ul data-testid="import-warnings">
            {progress.warnings.map((warning, i) => (
              <li key={i}>
                <bdi class="file" dir="auto">
                  {warning.file}
                </bdi>
                : <bdi dir="auto">{warning.reason}</bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

export function statusText(progress: ImportProgress): string {
  const { added, duplicates, done, total } = progress;
  const failed = progress.failed.length;
  const counts = t('importCounts', added, duplicates, failed);
  switch (progress.state) {
    case 'running': {
      const left =
        progress.secondsLeft === null
          ? ''
          : t('importTimeLeft', formatSeconds(progress.secondsLeft));
      return t('importRunning', done, total, added, duplicates, failed) + left;
    }
    case 'done':
      return t('importDone', counts);
    case 'cancelled':
      return t('importCancelled', done, total, counts);
    case 'stopped':
      return t('importStopped', done, total, counts);
  }
}

const formatSeconds = (seconds: number) =>
  seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
