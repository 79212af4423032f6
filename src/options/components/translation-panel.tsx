import { useEffect, useState } from 'preact/hooks';
import {
  downloadTranslationModels,
  translationModels,
  type Availability,
  type TranslatorApi,
} from '../../platform/translator';
import { t } from '../../ui/i18n';

/** Chrome's on-device translation for Ukrainian and Russian claims, offered once the browser says
 *  its models can be downloaded. Nothing is downloaded without the reader's click; the lexicon
 *  stays the default. Hidden where the browser has no Translator API or no model for the pairs. */
export function TranslationPanel({ api }: { api: TranslatorApi | undefined }) {
  const [state, setState] = useState<Availability | null>(null);
  const [share, setShare] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (api) void translationModels(api).then(setState);
  }, [api]);
  if (!api || state === null || state === 'unavailable') return null;

  const download = async () => {
    setError(null);
    setShare(0);
    setState('downloading');
    try {
      await downloadTranslationModels(api, setShare);
      setState(await translationModels(api));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setState(await translationModels(api));
    } finally {
      setShare(null);
    }
  };
  return (
    <section class="translation-panel" data-testid="translation-panel" data-state={state}>
      <h2>{t('translationHeading')}</h2>
      {state === 'available' ? (
        <p data-testid="translation-ready">{t('translationReady')}</p>
      ) : (
        <>
          <p>{t('translationOffer')}</p>
          <p class="privacy-note">{t('translationPrivacy')}</p>
          <button
            type="button"
            data-testid="translation-download"
            disabled={state === 'downloading'}
            onClick={() => void download()}
          >
            {state === 'downloading'
              ? t('translationDownloading', Math.round(100 * (share ?? 0)))
              : t('translationDownload')}
          </button>
        </>
      )}
      {error && (
        <p role="alert" data-testid="translation-error">
          {t('translationFailed', error)}
        </p>
      )}
    </section>
  );
}
