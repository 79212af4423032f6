// The metadata every imported document needs, made safe to show and store: an outlet always, a
// title of bounded length, a link only when it is a web address, a date only when it is a real
// one. Each change is said, so the import report can tell the reader.
import type { RawDocument } from '../../core';
import { findCredit } from '../../core/provenance/credit';
import { webAddress } from '../web-address';

/** A title longer than this is cut (a record whose whole text landed in its title). */
export const MAX_TITLE_CHARS = 300;
const MAX_OUTLET_CHARS = 120;

const baseName = (path: string) => path.split('/').pop() ?? path;

/** Outlet from the record (a feed's, JSON or CSV field, an HTML page's site name), else the
 *  agency the text credits ("© Reuters", "(EFE)"), else the URL's host, else the folder (or
 *  archive) the file came from, else the file's name: every document has an outlet the reader can
 *  rename. */
export function withMetadata(
  document: RawDocument,
  path: string,
): { document: RawDocument; warnings: string[] } {
  const warnings: string[] = [];
  // A file that is one line long is all title: that line is its text too, so that the id (a hash
  // of the text) is not the id of every other empty text.
  const text = document.text.trim() ? document.text : document.title;
  let title = document.title.replace(/\s+/g, ' ').trim();
  if (!title) title = firstLine(text) || baseName(path);
  if (title.length > MAX_TITLE_CHARS) {
    warnings.push(
      `title cut to ${MAX_TITLE_CHARS} characters (it had ${title.length.toLocaleString('en')})`,
    );
    title = `${cutAtSpace(title, MAX_TITLE_CHARS - 1)}…`;
  }
  const url = webAddress(document.url);
  if (document.url?.trim() && !url) {
    warnings.push(`link left out: "${shorten(document.url)}" is not a web (http or https) address`);
  }
  let published = document.published?.trim() || null;
  if (published && !isRealDate(published)) {
    warnings.push(`date left out: "${shorten(published)}" is not a real date`);
    published = null;
  }
  const outlet = document.outlet?.replace(/\s+/g, ' ').trim().slice(0, MAX_OUTLET_CHARS) || null;
  return {
    document: {
      ...document,
      title,
      text,
      url,
      published,
      outlet: outlet || statedCredit(text) || outletFromUrl(url) || outletFromPath(path),
    },
    warnings,
  };
}

/** Where a text credits the agency it comes from: its dateline ("MOSCOW (Reuters) -") or its end
 *  ("© EFE", "… Ukrinform"). A credit in the middle is a source being quoted ("Agence France
 *  Presse (AFP) reported"), not the text's author. */
const CREDIT_REACH = 200;
function statedCredit(text: string): string | null {
  const trimmed = text.trim();
  return (
    findCredit(trimmed.slice(0, CREDIT_REACH)) ??
    (trimmed.length > CREDIT_REACH ? findCredit(trimmed.slice(-CREDIT_REACH)) : null)
  );
}

const firstLine = (text: string) =>
  cutAtSpace(text.trim().split('\n', 1)[0]?.replace(/\s+/g, ' ') ?? '', 120);

function cutAtSpace(text: string, length: number): string {
  if (text.length <= length) return text;
  const space = text.lastIndexOf(' ', length);
  let cut = space > length / 2 ? space : length;
  if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--;
  return text.slice(0, cut).trimEnd();
}

/** A value quoted in a warning: one line, no invisible characters, at most 60 characters. */
function shorten(value: string): string {
  const flat = value.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** False for dates no calendar has ("2023-58-16", "2023-02-30", "31/31/2020"); true for any
 *  other, also one in words the engine cannot parse ("25 липня 2023"). */
export function isRealDate(value: string): boolean {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(value);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    return validDay(year, b, a) || validDay(year, a, b);
  }
  if (/^[\d\s.:/+-]+$/.test(value)) return !Number.isNaN(Date.parse(value));
  return true;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function outletFromPath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const top = parts.length > 1 ? parts[0] : parts[0]?.replace(/\.[^.]+$/, '');
  return (top ?? path).replace(/\.zip$/i, '');
}
