import { useEffect, useState } from 'preact/hooks';
import type { CorpusAdmin, ExportRecord } from '../../storage';
import { t } from '../../ui/i18n';

/** One corpus document in full, as the popup's "Open in corpus" link asks for it. */
export function DocumentView({
  documentId,
  admin,
  onClose,
}: {
  documentId: string;
  admin: () => Promise<CorpusAdmin>;
  onClose: () => void;
}) {
  const [record, setRecord] = useState<ExportRecord | null | undefined>(undefined);
  useEffect(() => {
    void admin()
      .then((a) => a.exportRecords([documentId]))
      .then((records) => setRecord(records[0] ?? null))
      .catch(() => setRecord(null));
  }, [admin, documentId]);
  if (record === undefined) return null;
  return (
    <section
      class="document-view"
      data-testid="document-view"
      aria-labelledby="document-view-title"
    >
      {record === null ? (
        <p>{t('documentMissing')}</p>
      ) : (
        <>
          <h2 id="document-view-title" dir="auto">
            {record.title}
          </h2>
          <p class="document-meta">
            {[record.outlet, record.published?.slice(0, 10), record.language, record.file]
              .filter(Boolean)
              .map((part, i) => (
                <>
                  {i > 0 && ' · '}
                  <bdi dir="auto">{part}</bdi>
                </>
              ))}
          </p>
          {record.url && (
            <p class="document-url" dir="auto">
              {record.url}
            </p>
          )}
          {record.text.split(/\n\s*\n/).map((paragraph, i) => (
            <p key={i} dir="auto">
              {paragraph}
            </p>
          ))}
        </>
      )}
      <button type="button" onClick={onClose}>
        {t('documentClose')}
      </button>
    </section>
  );
}
