import { errorMessage } from '../../core/error-message';
import { useState } from 'preact/hooks';
import type { AddPageResult } from '../../messages/protocol';
import { t } from '../../ui/i18n';
import type { PopupActions } from '../actions';

function resultText(result: AddPageResult): string {
  switch (result.state) {
    case 'added':
      return t('addPageAdded', result.title);
    case 'duplicate':
      return t('addPageDuplicate');
    case 'no-article':
      return t('popupNoArticle');
    case 'error':
      return `${t('popupError')}: ${result.message}`;
  }
}

/** "Add this page to the corpus", with what happened said in place. */
export function AddPageButton({ tabId, actions }: { tabId: number; actions: PopupActions }) {
  const [result, setResult] = useState<AddPageResult | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    try {
      setResult(await actions.addPage(tabId));
    } catch (error) {
      setResult({
        state: 'error',
        message: errorMessage(error),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="add-page">
      <button type="button" data-testid="add-page" disabled={busy} onClick={() => void add()}>
        {t('addPage')}
      </button>
      {result && (
        <p role="status" data-testid="add-page-result" data-state={result.state}>
          {resultText(result)}
        </p>
      )}
    </div>
  );
}
