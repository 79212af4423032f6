import type { ExportRecord } from '../storage';

/** The export as JSON Lines: one record a line, the documented import fields, so the file
 *  re-imports to the same documents (a document's id is the hash of its text). */
export function exportJsonl(records: ExportRecord[]): Blob {
  const lines = records.map((record) => JSON.stringify(record));
  return new Blob([lines.join('\n') + (lines.length ? '\n' : '')], {
    type: 'application/x-ndjson',
  });
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
