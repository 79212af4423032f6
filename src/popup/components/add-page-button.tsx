import { errorMessage } from '../../core/error-message';
import { useState } from 'preact/hooks';
import type { AddPageResult } from '../../messages/protocol';
import { isolated } from '../../ui/bidi';
import { t } from '../../ui/i18n';
import type { PopupActions } from '../actions';

function resultText(result: AddPageResult): string {
  switch (result.state) {
    case 'added':
      return t('addPageAdded', isolated(result.title));
    case 'duplicate':
      return t('addPageDuplicate');
    case 'no-article':
      return t('popupNoArticle');
    case 'error':
      return `${t('popupError')}: ${result.message}`;
  }
}

/** "Add this page to the corpus", with what happened said in place. On a page whose very text is
 *  in the corpus (`stored`) it says so instead of offering to add it; `onAdded` runs once a new
 *  document is stored (the popup checks again, so the page shows as in the corpus). */
export function AddPageButton({
  tabId,
  actions,
  stored = false,
  onAdded,
}: {
  tabId: number;
  actions: PopupActions;
  stored?: boolean;
  onAdded?: () => void;
}) {
  const [result, setResult] = useState<AddPageResult | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    try {
      const outcome = await actions.addPage(tabId);
      setResult(outcome);
      if (outcome.state === 'added') onAdded?.();
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
      <button
        type="button"
        data-testid="add-page"
        data-stored={stored}
        disabled={busy || stored}
        title={stored ? t('addPageDuplicate') : undefined}
        onClick={() => void add()}
      >
        {stored ? t('addPageStored') : t('addPage')}
      </button>
      {/* Once the page is stored, the button and the banner above say so. */}
      {result && !stored && (
        <p role="status" data-testid="add-page-result" data-state={result.state}>
          {resultText(result)}
        </p>
      )}
    </div>
  );
}
