import { classifySentences } from '../claims/claims';
import { findCredit } from '../provenance/credit';
import { detectLanguage } from '../text/language';
import { lshBands, shingleHashes, signatureOf } from '../provenance/minhash';
import { splitSentences } from '../text/sentences';
import type { PreparedDocument } from './store';
import { termsOf, tokenize } from '../text/terms';
import { nameRolesOf, type NameRoles } from '../features/name-roles';
import type { Language, RawDocument } from '../types';

const LANGUAGES = new Set<string>(['en', 'uk', 'ru']);

/** The language to use for a text: the stated one when the engine knows it, else detected. */
export function resolveLanguage(stated: string | null | undefined, text: string): Language {
  const short = stated?.toLowerCase().slice(0, 2);
  return short && LANGUAGES.has(short) ? (short as Language) : detectLanguage(text);
}

/** Turns an imported document into what the store keeps: metadata, claim sentences, index terms,
 *  the near-duplicate signature and bands (over the claims only, so page furniture does not make
 *  two outlets' pages look alike), and the credited agency. */
export function prepareDocument(raw: RawDocument, importedAt = Date.now()): PreparedDocument {
  const language = resolveLanguage(raw.language, raw.text);
  const claims = classifySentences(splitSentences(raw.text, language), raw.text).filter(
    (s) => s.claim,
  );
  const id = documentId(raw.text);
  const tokenized = claims.map(({ text }) => ({ text, tokens: tokenize(text, language) }));
  const sentences = tokenized.map(({ text, tokens }, position) => ({
    docId: id,
    position,
    text,
    language,
    terms: termsOf(tokens),
  }));
  const shingles = shingleHashes(claims.map((claim) => claim.text).join(' '));
  const signature = signatureOf(shingles);
  return {
    document: {
      id,
      title: raw.title,
      outlet: raw.outlet ?? null,
      language,
      file: raw.file ?? null,
      url: raw.url ?? null,
      published: raw.published ?? null,
      importedAt,
      sentenceCount: sentences.length,
      bands: claims.length ? lshBands(signature) : [],
      signature: claims.length ? signature : [],
      shingles: claims.length ? shingles.size : 0,
      credit: findCredit(raw.text),
      ...rolesOf(tokenized),
    },
    sentences,
  };
}

function rolesOf(tokenized: Parameters<typeof nameRolesOf>[0]): { roles?: NameRoles } {
  const roles = nameRolesOf(tokenized);
  return Object.keys(roles).length ? { roles } : {};
}

/** Stable id: a 64-bit FNV-1a hash of the whitespace-normalised text, as 16 hex digits. */
export function documentId(text: string): string {
  const normalised = text.replace(/\s+/g, ' ').trim().toLowerCase();
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < normalised.length; i++) {
    hash ^= BigInt(normalised.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
