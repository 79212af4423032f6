import { claimCounts, standingOf } from '../core/report/counts';
import { strengthLabel } from '../core/report/strength';
import type { CheckReport, ClaimReport } from '../core/types';
import type { TabCheckState } from '../messages/protocol';

type DoneState = Extract<TabCheckState, { state: 'done' }>;

export interface ReportContext {
  state: DoneState;
  /** SHA-256 over the corpus's sorted document ids: the same corpus gives the same value. */
  corpusFingerprint: string;
  exportedAt: Date;
}

/** SHA-256 (hex) over the sorted document ids. */
export async function fingerprintIds(ids: string[]): Promise<string> {
  const bytes = new TextEncoder().encode([...ids].sort().join('\n'));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The report as JSON: the engine's report plus what is needed to reproduce the check. */
export function reportToJson({ state, corpusFingerprint, exportedAt }: ReportContext): string {
  return JSON.stringify(
    {
      page: state.page,
      checkedAt: new Date(state.checkedAt).toISOString(),
      exportedAt: exportedAt.toISOString(),
      corpus: { documents: state.corpusDocuments, fingerprint: corpusFingerprint },
      ...state.report,
      sources: state.sources,
    },
    null,
    2,
  );
}

// Markdown treats these as syntax; page and corpus text must come out as text.
const escapeMarkdown = (text: string) =>
  text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ');

/** "1 source", "2 sources". */
const counted = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

function claimMarkdown(claim: ClaimReport, index: number): string[] {
  const counts = claimCounts(claim);
  const copies = counts.copies
    ? `, ${counted(counts.copies, 'copy', 'copies')} of this story (not counted)`
    : '';
  const lines = [
    `### ${index + 1}. ${standingOf(claim)} — ${counted(counts.sources, 'source')}, ${counted(counts.origins, 'independent origin')}${copies}`,
    '',
    `> ${escapeMarkdown(claim.text)}`,
    '',
  ];
  for (const item of claim.support) {
    const source = escapeMarkdown(item.document.outlet ?? item.document.title);
    lines.push(
      `- corroborated by **${source}** (${strengthLabel(item.strength)}${item.origin === null ? ', a copy of this story' : ''}): “${escapeMarkdown(item.sentence)}”`,
    );
  }
  for (const item of claim.differences) {
    const source = escapeMarkdown(item.document.outlet ?? item.document.title);
    const details = item.details
      .map((d) => `${d.kind}: here “${escapeMarkdown(d.here)}”, there “${escapeMarkdown(d.there)}”`)
      .join('; ');
    lines.push(
      `- differs in **${source}** (${strengthLabel(item.strength)}; ${details}): “${escapeMarkdown(item.sentence)}”`,
    );
  }
  if (claim.support.length + claim.differences.length > 0) lines.push('');
  return lines;
}

/** Coverage and the article's own copies, as list items. */
function storyLines({ coverage, ownCopies }: CheckReport): string[] {
  const lines = coverage
    ? [
        coverage.documents
          ? `- About this story: ${counted(coverage.documents, 'document')}, from ${counted(coverage.origins, 'origin')}`
          : '- About this story: nothing in the corpus',
      ]
    : [];
  for (const copy of ownCopies ?? [])
    lines.push(
      `- ${copy.match === 'exact' ? 'This article' : 'A copy of it'} is in the corpus: ${escapeMarkdown(copy.title)}, imported ${new Date(copy.importedAt).toISOString().slice(0, 10)} (not counted as evidence)`,
    );
  return lines;
}

/** The report as Markdown, for a person to read or paste into notes. */
export function reportToMarkdown({ state, corpusFingerprint, exportedAt }: ReportContext): string {
  const { report, page } = state;
  return [
    `# Crosscheck report: ${escapeMarkdown(report.article.title)}`,
    '',
    `- Page: ${escapeMarkdown(page.url)}`,
    page.siteName ? `- Outlet: ${escapeMarkdown(page.siteName)}` : null,
    `- Language: ${report.article.language}`,
    `- Checked: ${new Date(state.checkedAt).toISOString()} (exported ${exportedAt.toISOString()})`,
    `- Corpus: ${state.corpusDocuments} documents, fingerprint \`${corpusFingerprint}\``,
    ...storyLines(report),
    '',
    '## Claims',
    '',
    ...report.claims.flatMap(claimMarkdown),
    `## Skipped (${report.skipped.length})`,
    '',
    ...report.skipped.map((s) => `- ${escapeMarkdown(s.text)} — ${s.reason}`),
    '',
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}
