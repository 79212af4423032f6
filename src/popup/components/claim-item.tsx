import { useState } from 'preact/hooks';
import { claimCounts } from '../../core/report/counts';
import { strengthBand, strengthLabel } from '../../core/report/strength';
import type { ClaimReport, DocumentInfo } from '../../core/types';
import type { SourceDetails } from '../../messages/protocol';
import { clipped, isolated } from '../../ui/bidi';
import { t, tCount } from '../../ui/i18n';
import { safeLinkUrl } from '../../ui/safe-url';
import { MarkedSentence } from './marked-sentence';
import { VerdictLabel } from './verdict-label';
import { WordMarks, marksOf } from './word-marks';

/** The outlet (else the file, else the title) a document is named by, clipped for one line. */
export const sourceName = (document: DocumentInfo) =>
  clipped(document.outlet ?? document.file ?? document.title);

interface ClaimItemProps {
  claim: ClaimReport;
  /** The checked article's language: evidence in another language is marked as such. */
  articleLanguage: string;
  index: number;
  sources: Record<string, SourceDetails>;
  onReveal: (index: number) => Promise<boolean>;
  onOpenDocument: (documentId: string) => void;
}

/** One claim: what its verdict means and its counts; on demand the quotes that corroborate or
 *  differ, each with its strength and the claim's words it states marked in both sentences. */
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
  const counts = claimCounts(claim);
  // The label says how many independent sources; this line how many documents stand behind it.
  const countParts = [
    counts.sources ? tCount('claimSources', counts.sources) : null,
    counts.copies ? tCount('claimCopies', counts.copies) : null,
    counts.differing ? t('claimDifferingCount', counts.differing) : null,
  ].filter(Boolean);
  return (
    <li class={`claim claim-${claim.verdict}`} data-testid="claim" data-verdict={claim.verdict}>
      <div class="claim-head">
        <VerdictLabel claim={claim} />
        <button
          type="button"
          class="claim-text"
          dir="auto"
          title={t('claimShowOnPage')}
          data-testid="claim-reveal"
          onClick={() => void onReveal(index).then((found) => setMissing(!found))}
        >
          <WordMarks text={claim.text} marks={marksOf(claim.unstated, 'unstated')} />
        </button>
        {missing && (
          <p class="claim-missing" role="status">
            {t('claimNotOnPage')}
          </p>
        )}
        {claim.attribution && (
          <span class="attribution" data-testid="claim-attribution">
            {t('claimAttributedTo', isolated(claim.attribution))}
          </span>
        )}
        {countParts.length > 0 && (
          <span class="claim-counts" data-testid="claim-counts">
            {countParts.join(' · ')}
          </span>
        )}
        {(claim.attributedSupport ?? []).map((entry) => (
          <span key={entry.name} class="claim-counts" data-testid="attributed-support">
            {tCount('claimAlsoAttributed', entry.sources, isolated(entry.name))}
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
            <li key={`d${i}`} class="evidence-difference" data-testid="evidence">
              <EvidenceSource
                kind={t('evidenceDiffers')}
                document={item.document}
                strength={item.strength}
                crossLanguage={item.document.language !== articleLanguage}
                details={sources[item.document.id]}
                onOpen={onOpenDocument}
              />
              <div class="side-by-side">
                <q dir="auto">
                  <MarkedSentence text={claim.text} marks={item.details.map((d) => d.here)} />
                </q>
                <q lang={item.document.language} dir="auto">
                  <MarkedSentence text={item.sentence} marks={item.details.map((d) => d.there)} />
                </q>
              </div>
              <Gloss gloss={item.gloss} />
              <ul class="details">
                {item.details.map((detail, j) => (
                  <li key={j}>
                    {detail.kind}: {t('evidenceHere')} <strong dir="auto">{detail.here}</strong> —{' '}
                    {t('evidenceThere')} <strong dir="auto">{detail.there}</strong>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          {claim.support.map((item, i) => (
            <li key={`s${i}`} class="evidence-support" data-testid="evidence">
              <EvidenceSource
                kind={t('evidenceCorroborates')}
                document={item.document}
                strength={item.strength}
                crossLanguage={item.document.language !== articleLanguage}
                details={sources[item.document.id]}
                onOpen={onOpenDocument}
              />
              {item.origin === null && (
                <p class="voice" data-testid="evidence-copy">
                  {t('evidenceCopyOfArticle')}
                </p>
              )}
              {item.stated ? (
                <div class="side-by-side">
                  <q dir="auto" data-testid="evidence-claim">
                    <WordMarks text={claim.text} marks={marksOf(item.stated.claim, 'stated')} />
                  </q>
                  <q lang={item.document.language} dir="auto" data-testid="evidence-sentence">
                    <WordMarks
                      text={item.sentence}
                      marks={marksOf(item.stated.evidence, 'stated')}
                    />
                  </q>
                </div>
              ) : (
                <q lang={item.document.language} dir="auto" data-testid="evidence-sentence">
                  {item.sentence}
                </q>
              )}
              {item.attributedTo && (
                <p class="voice">{t('evidenceAttributedTo', isolated(item.attributedTo))}</p>
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
      <span class="gloss-label">{t('evidenceGloss')}</span> <bdi>{gloss}</bdi>
    </p>
  );
}

/** "strong · 0.92", coloured by band, with what the number means on hover. */
export function Strength({ value }: { value: number | undefined }) {
  if (typeof value !== 'number') return null;
  const band = strengthBand(value);
  return (
    <span
      class={`strength strength-${band}`}
      data-testid="evidence-strength"
      data-band={band}
      title={t('evidenceStrengthTitle')}
    >
      {strengthLabel(value)}
    </span>
  );
}

/** An address from the corpus: a link when it is http(s), else plain text (never a `javascript:`
 *  link). */
export function DocumentUrl({ url }: { url: string | null | undefined }) {
  if (!url) return null;
  const href = safeLinkUrl(url);
  if (!href)
    return (
      <bdi class="url" data-testid="document-url">
        {url}
      </bdi>
    );
  return (
    <a class="url" href={href} target="_blank" rel="noopener noreferrer" data-testid="document-url">
      {t('evidenceOriginal')}
    </a>
  );
}

function EvidenceSource({
  kind,
  document,
  strength,
  crossLanguage,
  details,
  onOpen,
}: {
  kind: string;
  document: DocumentInfo;
  strength: number | undefined;
  crossLanguage: boolean;
  details: SourceDetails | undefined;
  onOpen: (documentId: string) => void;
}) {
  return (
    <div class="source">
      <span class="source-kind">{kind}</span> <Strength value={strength} />{' '}
      <strong>
        <bdi>{sourceName(document)}</bdi>
      </strong>
      {crossLanguage && (
        <span class="language" data-testid="cross-language">
          {' '}
          {t('evidenceOtherLanguage', document.language)}
        </span>
      )}
      <span class="source-title">
        {' '}
        — <bdi>{clipped(document.title)}</bdi>
      </span>
      {details?.published && (
        <span class="date">
          {' '}
          · <bdi>{details.published.slice(0, 10)}</bdi>
        </span>
      )}{' '}
      <DocumentUrl url={details?.url} />{' '}
      <button type="button" class="link" onClick={() => onOpen(document.id)}>
        {t('evidenceOpenDocument')}
      </button>
    </div>
  );
}
