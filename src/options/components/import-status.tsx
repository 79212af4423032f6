import { t } from '../../ui/i18n';
import type { ImportProblem } from '../../importers/registry';
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
      <ProblemList
        testId="import-failures"
        heading={t('optionsNotImported')}
        problems={progress.failed}
      />
      <ProblemList
        testId="import-warnings"
        heading={t('optionsImportedWithChanges')}
        problems={progress.warnings}
      />
    </section>
  );
}

/** Files or records with what happened to them, folded when there are many. File names and
 *  reasons come from the files: each is bidi-isolated, so a right-to-left override in a name
 *  stays inside it. */
function ProblemList({
  testId,
  heading,
  problems,
}: {
  testId: string;
  heading: string;
  problems: ImportProblem[];
}) {
  if (!problems.length) return null;
  return (
    <details class="failures" open={problems.length <= 20}>
      <summary>
        {heading} ({problems.length})
      </summary>
      <ul data-testid={testId}>
        {problems.map((problem, i) => (
          <li key={i}>
            <bdi class="file" dir="auto">
              {problem.file}
            </bdi>
            : <bdi dir="auto">{problem.reason}</bdi>
          </li>
        ))}
      </ul>
    </details>
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
