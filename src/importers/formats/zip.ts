import { errorMessage } from '../../core';
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

/** True for zip archives, by their local-file-header signature (PK\x03\x04) or empty-archive one. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/**
 * The files in a .zip archive (folders, macOS resource forks and hidden files left out). A damaged
 * or truncated archive fails as a whole with a reason: fflate reads the central directory at the
 * end, so nothing can be trusted once that is missing.
 */
export function unzipEntries(bytes: Uint8Array, archiveName: string): ArchiveEntry[] {
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith('/') || isHidden(file.name)) return false;
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
    const reason = errorMessage(error);
    throw new ImportError(`damaged or truncated zip archive (${reason})`);
  }
  return Object.entries(files).map(([name, content]) => ({
    name: `${archiveName}/${name}`,
    bytes: content,
  }));
}

const isHidden = (path: string) =>
  path.startsWith('__MACOSX/') || path.split('/').some((part) => part.startsWith('.'));
