import { webAddress } from '../importers/web-address';
import type { ExportRecord } from '../storage';

/** The export as JSON Lines: one record a line, the documented import fields, so the file
 *  re-imports to the same documents (a document's id is the hash of its text). An address that is
 *  not a web (http or https) one, stored before imports checked them, is left out, and counted
 *  in `linksDropped` so the page can say so. */
export function exportJsonl(records: ExportRecord[]): { blob: Blob; linksDropped: number } {
  let linksDropped = 0;
  const lines = records.map((record) => {
    const url = webAddress(record.url);
    if (record.url && !url) linksDropped++;
    return JSON.stringify({ ...record, url });
  });
  const blob = new Blob([lines.join('\n') + (lines.length ? '\n' : '')], {
    type: 'application/x-ndjson',
  });
  return { blob, linksDropped };
}

/** Offers a file for download from the page (no downloads permission needed). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportFileName(now = new Date()): string {
  return `crosscheck-corpus-${now.toISOString().slice(0, 10)}.jsonl`;
}
