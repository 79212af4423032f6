import { analyseSentence, type SentenceFeatures } from '../features';
import { findNameRoles, nameKey, roleWords, type RoleWord } from '../features/name-roles';
import type { DocumentRecord, Language, SentenceRecord } from '../types';

type Roles = ReadonlyMap<string, readonly RoleWord[]>;

/** The sentence's features with these name roles, when it names someone they describe (a copy:
 *  the features of one text are shared by every document that has it); else the features as
 *  they are. */
export function withRoles(features: SentenceFeatures, roles: Roles): SentenceFeatures {
  const names = roles.size && features.tokens.some((t) => t.capitalised && roles.has(nameKey(t)));
  return names ? { ...features, roles } : features;
}

/** The article's claim sentences' name roles, read as a document's are at import. */
export function articleRoles(claimSentences: readonly string[], language: Language): Roles {
  return roleWords(findNameRoles(claimSentences, language), language);
}

/** Features of a check's candidate sentences. Wire copies repeat sentences word for word across
 *  documents: each distinct text is analysed once, and the same object is returned for it (so a
 *  claim judges it once), except that a sentence naming someone its document's roles describe
 *  gets a copy per document carrying them. */
export function evidenceFeatures(
  documents: ReadonlyMap<string, DocumentRecord>,
): (sentence: SentenceRecord) => SentenceFeatures {
  const analysed = new Map<string, SentenceFeatures>();
  const rolesByDocument = new Map<string, Roles>();
  const withDocumentRoles = new Map<string, SentenceFeatures>();
  return (sentence) => {
    const key = `${sentence.language}\u0000${sentence.text}`;
    let features = analysed.get(key);
    if (!features)
      analysed.set(key, (features = analyseSentence(sentence.text, sentence.language)));
    const stored = documents.get(sentence.docId)?.roles;
    if (!stored) return features;
    let roles = rolesByDocument.get(sentence.docId);
    if (!roles) rolesByDocument.set(sentence.docId, (roles = roleWords(stored, sentence.language)));
    const documentKey = `${sentence.docId}\u0000${key}`;
    let copy = withDocumentRoles.get(documentKey);
    if (!copy) withDocumentRoles.set(documentKey, (copy = withRoles(features, roles)));
    return copy;
  };
}
