import { useState } from 'preact/hooks';
import type { ClaimReport, DocumentInfo } from '../../core/types';
import { VerdictLabel } from './verdict-label';

const sourceName = (document: DocumentInfo) => document.outlet ?? document.file ?? document.title;

/** One claim: verdict, counts, and on demand the quotes that corroborate or differ. */
export function ClaimItem({ claim }: { claim: ClaimReport }) {
  const [open, setOpen] = useState(false);
  const evidence = claim.support.length + claim.differences.length;
  return (
    <li class={`claim claim-${claim.verdict}`} data-testid="claim" data-verdict={claim.verdict}>
      <button
        type="button"
        class="claim-head"
        aria-expanded={open}
        disabled={evidence === 0}
        onClick={() => setOpen(!open)}
      >
        <VerdictLabel verdict={claim.verdict} />
        <span class="claim-text">{claim.text}</span>
        <span class="claim-counts">
          {claim.support.length} supporting · {claim.independentOrigins}{' '}
          {claim.independentOrigins === 1 ? 'origin' : 'origins'}
          {claim.differences.length ? ` · ${claim.differences.length} differing` : ''}
        </span>
      </button>
      {open && (
        <ul class="evidence">
          {claim.support.map((item, i) => (
            <li key={`s${i}`} class="evidence-support">
              <span class="source">{sourceName(item.document)}</span>
              <q>{item.sentence}</q>
            </li>
          ))}
          {claim.differences.map((item, i) => (
            <li key={`d${i}`} class="evidence-difference">
              <span class="source">{sourceName(item.document)}</span>
              <q>{item.sentence}</q>
              <ul class="details">
                {item.details.map((detail, j) => (
                  <li key={j}>
                    {detail.kind}: here <strong>{detail.here}</strong> — there{' '}
                    <strong>{detail.there}</strong>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
