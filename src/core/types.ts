// Shapes shared by the engine, the stores, the extension and the CLI. The report shapes follow the
// CLI contract in the README ("CLI contract"): change them only together with it.
import type { NameRoles } from './features/name-roles';

/** ISO 639-1 code of a language the engine knows, or 'und' when it cannot tell. */
export type Language = 'en' | 'uk' | 'ru' | 'und';

/** A sentence of a text with its character offsets into that text (end exclusive). */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Metadata of one corpus document, as the report shows it (`Doc` in the CLI contract). */
export interface DocumentInfo {
  id: string;
  title: string;
  outlet: string | null;
  language: string;
  /** Base name of the file it was imported from. */
  file: string | null;
}

/** A document as the store keeps it. */
export interface DocumentRecord extends DocumentInfo {
  url: string | null;
  published: string | null;
  importedAt: number;
  sentenceCount: number;
  /** Locality-sensitive hash bands of the document's shingles: documents sharing a band are
   *  near-duplicate candidates (wire copies). */
  bands: string[];
  /** Near-duplicate signature (MinHash values), kept to confirm band candidates. */
  signature: number[];
  /** Stated credit ("Reuters", "EFE", "Ukrinform") when the text names one: its stated origin. */
  credit: string | null;
  /** Distinct word 3-shingles behind `signature`, to estimate containment (partial reprints).
   *  Absent on documents stored before it existed. */
  shingles?: number;
  /** Origin group: documents with the same value are copies of one text (set by the store when
   *  documents are added or deleted, see core/origin-groups.ts; manual overrides included).
   *  Absent until grouped: the document is then its own group. */
  origin?: string;
  /** What the document calls the people it names (see features/name-roles.ts), so that a
   *  sentence saying "Shoigu" states "the defence minister" too. Absent on documents stored
   *  before it existed: their sentences are then read on their own. */
  roles?: NameRoles;
}

/** A corpus sentence as the store keeps it; `id` is assigned by the store. */
export interface SentenceRecord {
  id: number;
  docId: string;
  /** Position of the sentence among the document's claims. */
  position: number;
  text: string;
  language: Language;
  /** Distinct index terms of the sentence (normalised, stemmed). */
  terms: string[];
}

export type NewSentence = Omit<SentenceRecord, 'id'>;

/** What an importer hands the engine: raw text plus whatever metadata the source had. */
export interface RawDocument {
  title: string;
  text: string;
  outlet?: string | null;
  url?: string | null;
  published?: string | null;
  language?: string | null;
  file?: string | null;
}

export type Verdict = 'corroborated' | 'mixed' | 'differing' | 'uncorroborated';
export type Relation = 'corroborates' | 'differs' | 'unrelated';
export type DifferenceKind =
  'number' | 'date' | 'name' | 'place' | 'negation' | 'quantity' | 'other';

export interface DifferenceDetail {
  kind: DifferenceKind;
  /** The detail as the checked claim states it. */
  here: string;
  /** The detail as the corpus sentence states it. */
  there: string;
}

/** Which words of a judged pair the other side states, as [start, end) offsets. */
export interface WordAlignment {
  /** Words of the claim (as judged: a clause carries its subject) the evidence states. */
  claimStated: [number, number][];
  /** Words of the claim the evidence does not state. */
  claimUnstated: [number, number][];
  /** Words of the evidence sentence that state words of the claim. */
  evidenceStating: [number, number][];
}

export interface PairJudgment {
  relation: Relation;
  /** The strength rounded to three decimals (the CLI contract's `score`). */
  score: number;
  /** Calibrated probability in [0, 1]: that the evidence states the claim (corroborates,
   *  unrelated), or that it would but for the differing details (differs). */
  strength: number;
  details: DifferenceDetail[];
  alignment?: WordAlignment;
  /** As in SupportEvidence. */
  gloss?: string;
}

/** Which words the judge found stated: offsets into the claim's text and the evidence sentence. */
export interface StatedWords {
  claim: [number, number][];
  evidence: [number, number][];
}

export interface SupportEvidence {
  document: DocumentInfo;
  sentence: string;
  /** The strength rounded to three decimals. */
  score: number;
  /** Calibrated probability in [0, 1] that the sentence states the claim (CLI contract, round 2). */
  strength: number;
  /** The claim's words this sentence states, and the sentence's words that state them. Optional:
   *  absent when the claim was judged through a translation. */
  stated?: StatedWords;
  /** Word-by-word English gloss of the sentence when it is in another language than the claim
   *  (Ukrainian or Russian evidence for an English claim). Optional: not in the CLI contract. */
  gloss?: string;
  /** Who the corpus sentence says the claim comes from ("KCNA", "Shoigu", "New York Times"), or
   *  null when it states the claim in its own voice. Optional: not in the CLI contract. */
  attributedTo?: string | null;
  /** Key of the independent origin this evidence counts under; evidence with equal keys counts
   *  once. null: a copy of the checked article's own story, not counted. Optional. */
  origin?: string | null;
}

export interface DifferenceEvidence {
  document: DocumentInfo;
  sentence: string;
  score: number;
  /** Calibrated probability that the sentence would state the claim but for the differing
   *  details. */
  strength: number;
  stated?: StatedWords;
  details: DifferenceDetail[];
  /** As in SupportEvidence. */
  gloss?: string;
}

export interface ClaimReport {
  text: string;
  /** Offsets of the claim in the checked article's text. */
  start: number;
  end: number;
  verdict: Verdict;
  independentOrigins: number;
  support: SupportEvidence[];
  differences: DifferenceEvidence[];
  /** The claim's content words that no corroborating source states, as offsets into `text`
   *  (absent when nothing corroborates the claim or it was judged through a translation). A claim
   *  whose main statement is supported may still add something unchecked. */
  unstated?: [number, number][];
  /** Who the article says the claim comes from ("KCNA"), or null when it states it in its own
   *  voice. Optional: not in the CLI contract. */
  attribution?: string | null;
  /** Support reported under an attribution rather than in the source's own voice, per name, most
   *  sources first: "also attributed to KCNA by 3 sources". Optional. */
  attributedSupport?: AttributedSupport[];
}

export interface AttributedSupport {
  /** The attributed source, as in `SupportEvidence.attributedTo`. */
  name: string;
  /** How many supporting documents report the claim under this attribution. */
  sources: number;
}

export interface SkippedSentence {
  text: string;
  start: number;
  end: number;
  reason: string;
}

export interface CheckReport {
  article: { title: string; language: string };
  claims: ClaimReport[];
  skipped: SkippedSentence[];
  /** The checked article itself and copies of it found in the corpus (report/own-copies.ts):
   *  never counted as evidence. Optional: absent from reports made before it existed. */
  ownCopies?: OwnCopy[];
  /** How much of the corpus is about the article's story (report/coverage.ts). Optional. */
  coverage?: Coverage;
}

/** A corpus document that is the checked article or a copy of it. */
export interface OwnCopy extends DocumentInfo {
  url: string | null;
  published: string | null;
  importedAt: number;
  /** 'exact': the article's own text; 'copy': a copy of it (same origin group, or near-duplicate
   *  text). */
  match: 'exact' | 'copy';
}

/** The corpus documents about the checked article's story, its own copies left out. */
export interface Coverage {
  documents: number;
  /** Distinct origin groups among them (copies of one text count once). */
  origins: number;
  /** The documents, those touching most claims first. */
  about: DocumentInfo[];
}

/** The article being checked, as the content script or the CLI extracted it. */
export interface ArticleInput {
  title: string;
  text: string;
  /** Corpus id of the article if it is itself in the corpus: it never corroborates itself. */
  documentId?: string;
  language?: string | null;
}
