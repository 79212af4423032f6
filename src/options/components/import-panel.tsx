import { t } from '../../ui/i18n';
import { IMPORT_EXTENSIONS } from '../../importers/registry';
import { inputsFromFileList, type ImportInput } from '../import-source';

// TypeScript's JSX types do not know webkitdirectory. Preact sets it as the (boolean) DOM property,
// which reflects to the attribute.
const folderPicker = { webkitdirectory: true } as Record<string, boolean>;

/** The ways in: files, a whole folder, the sample corpus (drag and drop is on the whole page). */
export function ImportPanel({
  running,
  onInputs,
  onSamples,
}: {
  running: boolean;
  onInputs: (inputs: ImportInput[]) => void;
  onSamples: () => void;
}) {
  const take = (input: HTMLInputElement) => {
    const inputs = inputsFromFileList(input.files);
    // Let the same selection be chosen again later (a re-run resumes an interrupted import).
    input.value = '';
    if (inputs.length) onInputs(inputs);
  };
  return (
    <section class="import" aria-label="Import">
      <label class="file-button">
        {t('optionsImportFiles')}
        <input
          type="file"
          multiple
          accept={IMPORT_EXTENSIONS.join(',')}
          data-testid="import-files"
          disabled={running}
          onChange={(event) => take(event.currentTarget)}
        />
      </label>
      <label class="file-button">
        {t('optionsImportFolder')}
        <input
          type="file"
          {...folderPicker}
          data-testid="import-folder"
          disabled={running}
          onChange={(event) => take(event.currentTarget)}
        />
      </label>
      <button type="button" data-testid="import-samples" disabled={running} onClick={onSamples}>
        {t('optionsImportSamples')}
      </button>
      <span class="hint">{t('optionsDropHint')}</span>
    </section>
  );
}
