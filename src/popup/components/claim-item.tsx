import { useState } from 'preact/hooks';
import type { ClaimReport, DocumentInfo } from '../../core/types';
import type { SourceDetails } from '../../messages/protocol';
import { t, tCount } from '../../ui/i18n';
import { MarkedSentence } from './marked-sentence';
import { VerdictLabel } from './verdict-label';

export const sourceName = (document: DocumentInfo) =>
  document.outlet ?? document.file ?? document.title;

interface ClaimItemProps {
  claim: ClaimReport;
  /** The checked article's language: evidence in another language is marked as such. */
  articleLanguage: string;
  index: number;
  sources: Record<string, SourceDetails>;
  onReveal: (index: number) => Promise<boolean>;
  onOpenDocument: (documentId: string) => void;
}

/** One claim: verdict and counts; on demand the quotes that corroborate or differ. */
export function ClaimItem({
  claim,
  articleLanguage,
  index,
  sources,
  onReveal,
  onOpenDocument,
}: ClaimItemProps) {
  const [open, setOpen] = useState(false);
  const [missing, setMissing] = useState(false);
  const evidenceCount = claim.support.length + claim.differences.length;
  const evidenceId = `evidence-${index}`;
  const supportingSources = new Set(claim.support.map((e) => e.document.id)).size;
  return (
    <li class={`claim claim-${claim.verdict}`} data-testid="claim" data-verdict={claim.verdict}>
      <div class="claim-head">
        <VerdictLabel verdict={claim.verdict} />
        <button
          type="button"
          class="claim-text"
          title={t('claimShowOnPage')}
          data-testid="claim-reveal"
          onClick={() => void onReveal(index).then((found) => setMissing(!found))}
        >
          {claim.text}
        </button>
        {missing && (
          <p class="claim-missing" role="status">
            {t('claimNotOnPage')}
          </p>
        )}
        {claim.attribution && (
          <span class="attribution" data-testid="claim-attribution">
            {t('claimAttributedTo', claim.attribution)}
          </span>
        )}
        <span class="claim-counts">
          {tCount('claimSources', supportingSources)} ·{' '}
          {tCount('claimOrigins', claim.independentOrigins)}
          {claim.differences.length
            ? ` · ${t('claimDifferingCount', claim.differences.length)}`
            : ''}
        </span>
        {(claim.attributedSupport ?? []).map((entry) => (
          <span key={entry.name} class="claim-counts" data-testid="attributed-support">
            {tCount('claimAlsoAttributed', entry.sources, entry.name)}
          </span>
        ))}
        {evidenceCount > 0 && (
          <button
            type="button"
            class="link evidence-toggle"
            aria-expanded={open}
            aria-controls={evidenceId}
            data-testid="claim-evidence-toggle"
            onClick={() => setOpen(!open)}
          >
            {open ? t('claimHideEvidence') : t('claimShowEvidence')}
          </button>
        )}
      </div>
      {open && (
        <ul class="evidence" id={evidenceId}>
          {claim.differences.map((item, i) => (
            <li key={`d${i}`} class="evidence-difference">
              <EvidenceSource
                kind={t('evidenceDiffers')}
                document={item.document}
                crossLanguage={item.document.language !== articleLanguage}
                details={sources[item.document.id]}
                onOpen={onOpenDocument}
              />
              <div class="side-by-side">
                <q>
                  <MarkedSentence text={claim.text} marks={item.details.map((d) => d.here)} />
                </q>
                <q lang={item.document.language}>
                  <MarkedSentence text={item.sentence} marks={item.details.map((d) => d.there)} />
                </q>
              </div>
              <Gloss gloss={item.gloss} />
              <ul class="details">
                {item.details.map((detail, j) => (
                  <li key={j}>
                    {detail.kind}: {t('evidenceHere')} <strong>{detail.here}</strong> —{' '}
                    {t('evidenceThere')} <strong>{detail.there}</strong>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          {claim.support.map((item, i) => (
            <li key={`s${i}`} class="evidence-support">
              <EvidenceSource
                kind={t('evidenceCorroborates')}
                document={item.document}
                crossLanguage={item.document.language !== articleLanguage}
                details={sources[item.document.id]}
                onOpen={onOpenDocument}
              />
              <q lang={item.document.language}>{item.sentence}</q>
              {item.attributedTo && (
                <p class="voice">{t('evidenceAttributedTo', item.attributedTo)}</p>
              )}
              <Gloss gloss={item.gloss} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** A word-by-word gloss of evidence in another language: a reading aid, not a translation. */
function Gloss({ gloss }: { gloss: string | undefined }) {
  if (!gloss) return null;
  return (
    <p class="gloss" lang="en">
      <span class="gloss-label">{t('evidenceGloss')}</span> {gloss}
    </p>
  );
}

function EvidenceSource({
  kind,
  document,
  crossLanguage,
  details,
  onOpen,
}: {
  kind: string;
  document: DocumentInfo;
  crossLanguage: boolean;
  details: SourceDetails | undefined;
  onOpen: (documentId: string) => void;
}) {
  return (
    <div class="source">
      <span class="source-kind">{kind}</span> <strong>{sourceName(document)}</strong>
      {crossLanguage && (
        <span class="language" data-testid="cross-language">
          {' '}
          {t('evidenceOtherLanguage', document.language)}
        </span>
      )}
      <span class="source-title"> — {document.title}</span>
      {details?.published && <span class="date"> · {details.published.slice(0, 10)}</span>}{' '}
      <button type="button" class="link" onClick={() => onOpen(document.id)}>
        {t('evidenceOpenDocument')}
      </button>
    </div>
  );
}
