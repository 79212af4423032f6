// Turns a file's bytes into text, or says why it cannot: files arrive from folders and archives
// with no trustworthy charset, so the encoding is read from the bytes themselves.

import { ImportError } from './errors';

const SNIFF_BYTES = 64 * 1024;

/**
 * Decodes UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or the zero-byte pattern of mostly-Latin
 * text without one) and Windows-1251 (Cyrillic text that is not valid UTF-8). Throws an
 * ImportError for binary content ("not a text file") and for bytes that fit none of these.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('empty file');
  const bom = byteOrderMark(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (looksBinary(bytes)) throw new ImportError('not a text file (binary content)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the one legacy encoding Crosscheck's readers are likely to have is Windows-1251.
  }
  if (looksLikeWindows1251(bytes)) return new TextDecoder('windows-1251').decode(bytes);
  throw new ImportError('unknown text encoding (expected UTF-8, UTF-16 or Windows-1251)');
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM: in Latin or Cyrillic text every other byte is (nearly) constant, and
 *  Latin text puts zeros there. Only the zero pattern is trusted, on even-sized input. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Binary data has NUL bytes or many control characters; text (in any 8-bit encoding) does not. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > n * 0.02;
}

/** Windows-1251 puts Cyrillic letters at 0xC0–0xFF (and Ёё at 0xA8/0xB8, Ukrainian Іі Її Єє Ґґ
 *  nearby): most high bytes of such a text fall there. */
function looksLikeWindows1251(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let high = 0;
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) continue;
    high++;
    if (
      byte >= 0xc0 ||
      [0xa8, 0xb8, 0xaa, 0xba, 0xaf, 0xbf, 0xb2, 0xb3, 0xa5, 0xb4].includes(byte)
    ) {
      letters++;
    }
  }
  return high > 0 && letters >= high * 0.8;
}
