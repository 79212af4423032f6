// Turns a file's bytes into text, or says why it cannot: files arrive from folders and archives
// with no trustworthy charset, so the encoding is read from the bytes themselves.

import { analyse } from 'chardet';
import { ImportError } from './errors';

const SNIFF_BYTES = 64 * 1024;

/**
 * Decodes UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or the zero-byte pattern of mostly-Latin
 * text without one) and, for text that is not valid UTF-8, Windows-1251 (Cyrillic) or Windows-1252
 * (Latin-1: French, German, Spanish…), told apart by chardet's letter statistics. Throws an
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
    // Not UTF-8: one of the legacy 8-bit encodings below.
  }
  const legacy = legacyEncoding(bytes);
  if (legacy === 'windows-1252') return decodeWindows1252(bytes);
  if (legacy) return new TextDecoder(legacy).decode(bytes);
  throw new ImportError(
    'unknown text encoding (expected UTF-8, UTF-16, Windows-1251 or Windows-1252 / Latin-1)',
  );
}

/** The 8-bit encoding chardet ranks highest among those Crosscheck reads. Both put letters at
 *  0xC0–0xFF, so the byte ranges cannot tell "Café" from "Cafй": chardet's per-language letter
 *  pair statistics can (tests/importers/formats/decode.test.ts has French, German, Russian and
 *  Ukrainian text in each). ISO-8859-1 is read as Windows-1252, its superset for printable text. */
function legacyEncoding(bytes: Uint8Array): 'windows-1251' | 'windows-1252' | null {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  for (const { name, confidence } of analyse(sample)) {
    if (confidence < 10) break;
    if (name === 'windows-1251') return 'windows-1251';
    if (name === 'ISO-8859-1' || name === 'windows-1252') return 'windows-1252';
  }
  // chardet unsure (a few words): Cyrillic text puts most high bytes on letters of 0xC0–0xFF.
  return looksLikeWindows1251(bytes) ? 'windows-1251' : null;
}

// Windows-1252's 0x80–0x9F (undefined bytes kept as their C1 code points, as browsers do). Decoded
// here because Node's TextDecoder reads 'windows-1252' as ISO-8859-1, which has controls there.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    chars.push(
      String.fromCharCode(...chunk).replace(
        /[\u0080-\u009f]/g,
        (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c,
      ),
    );
  }
  return chars.join('');
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
