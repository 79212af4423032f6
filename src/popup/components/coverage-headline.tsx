import type { CheckReport } from '../../core/types';
import { clipped, isolated } from '../../ui/bidi';
import { t, tCount } from '../../ui/i18n';
import { DocumentUrl } from './claim-item';

/** Whether the corpus is about this story at all, above the claims. "Nothing on this story" is
 *  grey, never the colour of a dispute: a claim is not doubtful because the corpus is silent. */
export function CoverageHeadline({ report }: { report: CheckReport }) {
  const coverage = report.coverage;
  if (!coverage) return null;
  if (coverage.documents === 0)
    return (
      <p class="coverage coverage-none" data-testid="coverage" data-covered="false">
        {t('coverageNone')}
      </p>
    );
  return (
    <p class="coverage coverage-some" data-testid="coverage" data-covered="true">
      {tCount('coverageDocuments', coverage.documents)},{' '}
      {tCount('coverageOrigins', coverage.origins)}.
    </p>
  );
}

/** "This article is in your corpus: TITLE, imported DATE": the page's own copies, which the check
 *  never counts; the rest of the report is what the other documents say. */
export function OwnCopyBanner({ report }: { report: CheckReport }) {
  const copies = report.ownCopies ?? [];
  if (copies.length === 0) return null;
  return (
    <section class="own-copies" data-testid="own-copies">
      <ul>
        {copies.map((copy) => (
          <li key={copy.id} data-testid="own-copy" data-match={copy.match}>
            {t(
              copy.match === 'exact' ? 'ownCopyExact' : 'ownCopyCopy',
              isolated(clipped(copy.title)),
              new Date(copy.importedAt).toISOString().slice(0, 10),
            )}{' '}
            <DocumentUrl url={copy.url} />
          </li>
        ))}
      </ul>
      <p class="own-copies-note">{t('ownCopyNote')}</p>
    </section>
  );
}
