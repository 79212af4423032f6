import { unzipSync } from 'fflate';
import { ImportError } from './errors';

/** Uncompressed bytes an archive may hold in all: a guard against zip bombs, well above any
 *  realistic text corpus a reader imports in one go. */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;

export interface ArchiveEntry {
  /** "archive.zip/folder/file.txt": the entry's path, under the archive's name. */
  name: string;
  bytes: Uint8Array;
}

/** An entry not unpacked, with the reason. */
export interface SkippedEntry {
  name: string;
  reason: string;
}

/** True for zip archives, by their local-file-header signature (PK\x03\x04) or empty-archive one. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/**
 * The files in a .zip archive in order, each unpacked or named with the reason it is not: a path
 * that leads out of the archive ("../escape.txt", "/etc/passwd", "C:\x.txt"), a hidden or system
 * file (".DS_Store", "__MACOSX/…"), an entry whose declared size is over `sizeLimit` (checked
 * before inflating it). Folders are not files and are passed over. A damaged or truncated archive
 * fails as a whole: fflate reads the central directory at the end, so nothing can be trusted once
 * that is missing.
 */
export function unzipEntries(
  bytes: Uint8Array,
  archiveName: string,
  sizeLimit: (name: string) => number = () => MAX_ARCHIVE_BYTES,
): (ArchiveEntry | SkippedEntry)[] {
  let declared = 0;
  const order: string[] = [];
  const skipped = new Map<string, string>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith('/') || file.name.endsWith('\\')) return false;
        order.push(file.name);
        const reason = refusal(file.name, file.originalSize, sizeLimit);
        if (reason) {
          skipped.set(file.name, reason);
          return false;
        }
        declared += file.originalSize;
        if (declared > MAX_ARCHIVE_BYTES) {
          throw new ImportError(
            'the archive unpacks to more than 1 GB (refused: possible zip bomb)',
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('damaged or truncated zip archive');
  }
  return order.map((name) => {
    const reason = skipped.get(name);
    const content = files[name];
    const shown = `${archiveName}/${name}`;
    if (reason || !content) return { name: shown, reason: reason ?? 'could not be unpacked' };
    return { name: shown, bytes: content };
  });
}

function refusal(name: string, size: number, sizeLimit: (name: string) => number): string | null {
  const parts = name.split(/[/\\]/);
  if (/^[/\\]|^[a-zA-Z]:/.test(name) || parts.includes('..')) {
    return 'unsafe path in the archive (it points outside the archive): not unpacked';
  }
  if (parts[0] === '__MACOSX' || parts.some((part) => part.startsWith('.'))) {
    return 'a hidden or system file: not read';
  }
  if (size > sizeLimit(name)) {
    return `too large (${Math.round(size / 2 ** 20)} MB unpacked; limit ${sizeLimit(name) / 2 ** 20} MB): not unpacked`;
  }
  return null;
}
