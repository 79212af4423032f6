import {
  standingOf,
  strengthLabel,
  type CheckReport,
  type DocumentInfo,
  type PairJudgment,
} from '../core';

const MARK: Record<string, string> = {
  corroborated: '✔ corroborated',
  mixed: '± mixed',
  differing: '✘ differing',
  uncorroborated: '? uncorroborated',
};

const source = (d: DocumentInfo) => d.outlet ?? d.file ?? d.title;

/** "strong · 0.92"; the score alone for evidence from before strengths existed. */
const strength = (e: { score: number; strength?: number }) =>
  typeof e.strength === 'number' ? strengthLabel(e.strength) : String(e.score);

/** "1 origin", "2 origins": a count with its noun in the right number. */
export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** The report for a person at a terminal: one block per claim, evidence indented under it. */
export function formatReport(report: CheckReport): string {
  const lines = [`${report.article.title} [${report.article.language}]`];
  if (report.coverage)
    lines.push(
      report.coverage.documents
        ? `Your corpus: ${plural(report.coverage.documents, 'document')} about this story, from ${plural(report.coverage.origins, 'origin')}`
        : 'Your corpus has nothing on this story',
    );
  for (const copy of report.ownCopies ?? [])
    lines.push(
      `${copy.match === 'exact' ? 'This article is in your corpus' : 'A copy of this article is in your corpus'}: ${copy.title} (${source(copy)}), imported ${new Date(copy.importedAt).toISOString().slice(0, 10)}`,
    );
  lines.push('');
  for (const claim of report.claims) {
    const origins = claim.support.length
      ? ` (${plural(claim.independentOrigins, 'independent origin')})`
      : '';
    const copies = standingOf(claim) === 'copies' ? ' — only copies of this story say this' : '';
    lines.push(`${MARK[claim.verdict] ?? claim.verdict}${origins}${copies}`, `  ${claim.text}`);
    for (const s of claim.support)
      lines.push(
        `    + ${source(s.document)} (${strength(s)}${s.origin === null ? ', a copy of this story' : ''}): ${s.sentence}`,
      );
    for (const d of claim.differences) {
      const details = d.details.map((x) => `${x.kind}: "${x.here}" vs "${x.there}"`).join('; ');
      lines.push(`    ≠ ${source(d.document)} (${strength(d)}) [${details}]: ${d.sentence}`);
    }
    lines.push('');
  }
  const counts = new Map<string, number>();
  for (const claim of report.claims)
    counts.set(claim.verdict, (counts.get(claim.verdict) ?? 0) + 1);
  lines.push(
    `${plural(report.claims.length, 'claim')}: ${[...counts].map(([v, n]) => `${n} ${v}`).join(', ')}; ${plural(report.skipped.length, 'line')} skipped`,
  );
  return lines.join('\n');
}

export function formatJudgment(pair: { a: string; b: string }, judgment: PairJudgment): string {
  const details = judgment.details.map((x) => `    ${x.kind}: "${x.here}" vs "${x.there}"`);
  return [
    `${judgment.relation} (${judgment.score})`,
    `  a: ${pair.a}`,
    `  b: ${pair.b}`,
    ...details,
  ].join('\n');
}
