import { t } from '../../ui/i18n';

export type MarkKind = 'stated' | 'unstated';

export interface WordMark {
  span: [number, number];
  kind: MarkKind;
}

const TITLES = { stated: 'markStatedTitle', unstated: 'markUnstatedTitle' } as const;

/** A sentence with word spans marked: words a source states, or words no source states. Offsets
 *  out of range or overlapping an earlier mark are left unmarked, never thrown on: they come from
 *  a report that may be older than the text it is shown with. */
export function WordMarks({ text, marks }: { text: string; marks: readonly WordMark[] }) {
  const sorted = [...marks].sort((a, b) => a.span[0] - b.span[0]);
  const parts = [];
  let at = 0;
  for (const { span, kind } of sorted) {
    const [start, end] = span;
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} class={`word-${kind}`} data-mark={kind} title={t(TITLES[kind])}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Marks of one kind on every span. */
export const marksOf = (spans: readonly [number, number][] | undefined, kind: MarkKind) =>
  (spans ?? []).map((span): WordMark => ({ span, kind }));

/** What the two kinds of marks mean, shown once above the claims. */
export function MarksLegend() {
  return (
    <p class="marks-legend" data-testid="marks-legend">
      {t('marksLegend')}{' '}
      <mark class="word-stated" data-mark="stated">
        {t('marksStated')}
      </mark>{' '}
      ·{' '}
      <mark class="word-unstated" data-mark="unstated">
        {t('marksUnstated')}
      </mark>
    </p>
  );
}
