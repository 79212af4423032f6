import type { ClaimReport } from '../core/types';
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

function claimMarkdown(claim: ClaimReport, index: number): string[] {
  const lines = [
    `### ${index + 1}. ${claim.verdict} — ${claim.support.length} sources, ${claim.independentOrigins} independent origins`,
    '',
    `> ${escapeMarkdown(claim.text)}`,
    '',
  ];
  for (const item of claim.support) {
    const source = escapeMarkdown(item.document.outlet ?? item.document.title);
    lines.push(
      `- corroborated by **${source}** (score ${item.score.toFixed(2)}): “${escapeMarkdown(item.sentence)}”`,
    );
  }
  for (const item of claim.differences) {
    const source = escapeMarkdown(item.document.outlet ?? item.document.title);
    const details = item.details
      .map((d) => `${d.kind}: here “${escapeMarkdown(d.here)}”, there “${escapeMarkdown(d.there)}”`)
      .join('; ');
    lines.push(`- differs in **${source}** (${details}): “${escapeMarkdown(item.sentence)}”`);
  }
  if (claim.support.length + claim.differences.length > 0) lines.push('');
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
