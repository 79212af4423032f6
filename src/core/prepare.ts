import { classifySentences } from './claims';
import { detectLanguage } from './language';
import { splitSentences } from './sentences';
import type { PreparedDocument } from './store';
import { indexTerms } from './terms';
import type { Language, RawDocument } from './types';

/** Turns an imported document into what the store keeps: metadata, claim sentences, index terms. */
export function prepareDocument(raw: RawDocument, importedAt = Date.now()): PreparedDocument {
  const language = (raw.language as Language | undefined) ?? detectLanguage(raw.text);
  const claims = classifySentences(splitSentences(raw.text, language)).filter((s) => s.claim);
  const id = documentId(raw.text);
  const sentences = claims.map((sentence, position) => ({
    docId: id,
    position,
    text: sentence.text,
    language,
    terms: indexTerms(sentence.text, language),
  }));
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
      bands: [],
      signature: [],
      credit: null,
    },
    sentences,
  };
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
