import { findAttribution } from '../features/attribution';
import { englishGloss } from '../crosslang/gloss';
import { isCyrillicLanguage } from '../crosslang/token-terms';
import { originKeys, type ArticleSide } from '../provenance/claim-origins';
import type {
  AttributedSupport,
  ClaimReport,
  DifferenceEvidence,
  DocumentInfo,
  DocumentRecord,
  Language,
  PairJudgment,
  SentenceRecord,
  SupportEvidence,
  Verdict,
} from '../types';

export interface Judged {
  sentence: SentenceRecord;
  judgment: PairJudgment;
}

/** Keeps the strongest related sentence of each document: one document is one voice. */
export function bestPerDocument(pairs: Judged[]): Judged[] {
  const best = new Map<string, Judged>();
  const rank = (j: Judged) => (j.judgment.relation === 'corroborates' ? 2 : 1) + j.judgment.score;
  for (const pair of pairs) {
    if (pair.judgment.relation === 'unrelated') continue;
    const current = best.get(pair.sentence.docId);
    if (!current || rank(pair) > rank(current)) best.set(pair.sentence.docId, pair);
  }
  return [...best.values()];
}

export function claimReport(
  /** `subjectLength`: characters of the subject carried in front of a clause (see clauses.ts),
   *  which the judged text has and the claim's own text does not. */
  claim: { text: string; start: number; end: number; subjectLength: number },
  judged: Judged[],
  documents: Map<string, DocumentRecord>,
  articleSide: ArticleSide,
  language: Language,
): ClaimReport {
  const support: SupportEvidence[] = [];
  const differences: DifferenceEvidence[] = [];
  const supporters: { document: DocumentRecord; sentence: string; attributedTo: string | null }[] =
    [];
  for (const { sentence, judgment } of judged.sort((a, b) => b.judgment.score - a.judgment.score)) {
    const record = documents.get(sentence.docId);
    if (!record) continue;
    const document = documentInfo(record);
    const gloss = glossFor(sentence, language);
    const stated = statedWords(judgment, claim.subjectLength);
    if (judgment.relation === 'corroborates') {
      const attributedTo = findAttribution(sentence.text, sentence.language);
      support.push({
        document,
        sentence: sentence.text,
        score: judgment.score,
        strength: judgment.strength,
        attributedTo,
        ...(stated && { stated }),
        ...gloss,
      });
      supporters.push({ document: record, sentence: sentence.text, attributedTo });
    } else {
      differences.push({
        document,
        sentence: sentence.text,
        score: judgment.score,
        strength: judgment.strength,
        details: judgment.details,
        ...(stated && { stated }),
        ...gloss,
      });
    }
  }
  const keys = originKeys(articleSide, supporters);
  support.forEach((item, i) => (item.origin = keys[i] ?? null));
  return {
    text: claim.text,
    start: claim.start,
    end: claim.end,
    verdict: verdictOf(support.length > 0, differences.length > 0),
    independentOrigins: new Set(keys.filter((key) => key !== null)).size,
    support,
    differences,
    attribution: findAttribution(claim.text, language),
    unstated: unstatedWords(claim, judged),
    attributedSupport: attributedSupport(support),
  };
}

/** Offsets of the judged words in the claim's own text and in the evidence; undefined when the
 *  judge saw another text (a translation of the claim). */
function statedWords(
  judgment: PairJudgment,
  subjectLength: number,
): SupportEvidence['stated'] | undefined {
  const alignment = judgment.alignment;
  if (!alignment) return undefined;
  return {
    claim: inClaim(alignment.claimStated, subjectLength),
    evidence: alignment.evidenceStating,
  };
}

const inClaim = (spans: [number, number][], shift: number): [number, number][] =>
  spans.filter(([start]) => start >= shift).map(([start, end]) => [start - shift, end - shift]);

/** The claim's content words that no corroborating source states (offsets into the claim's text):
 *  what the reader should not take as checked even when the claim is corroborated. Undefined when
 *  nothing corroborates it, or when a supporter was judged through a translation. */
function unstatedWords(
  claim: { subjectLength: number },
  judged: readonly Judged[],
): [number, number][] | undefined {
  const support = judged.filter((j) => j.judgment.relation === 'corroborates');
  const alignments = support.map((j) => j.judgment.alignment);
  if (!support.length || alignments.some((a) => !a)) return undefined;
  const stated = new Set(
    alignments.flatMap((a) => inClaim(a?.claimStated ?? [], claim.subjectLength).map(([s]) => s)),
  );
  const all = inClaim(alignments[0]?.claimStated ?? [], claim.subjectLength).concat(
    inClaim(alignments[0]?.claimUnstated ?? [], claim.subjectLength),
  );
  return all.filter(([start]) => !stated.has(start)).sort((x, y) => x[0] - y[0]);
}

/** Support reported under an attribution, counted per attributed source, most sources first. */
function attributedSupport(support: SupportEvidence[]): AttributedSupport[] {
  const counts = new Map<string, number>();
  for (const { attributedTo } of support)
    if (attributedTo) counts.set(attributedTo, (counts.get(attributedTo) ?? 0) + 1);
  return [...counts]
    .map(([name, sources]) => ({ name, sources }))
    .sort((a, b) => b.sources - a.sources || a.name.localeCompare(b.name));
}

function verdictOf(supported: boolean, differing: boolean): Verdict {
  if (supported) return differing ? 'mixed' : 'corroborated';
  return differing ? 'differing' : 'uncorroborated';
}

function documentInfo({ id, title, outlet, language, file }: DocumentRecord): DocumentInfo {
  return { id, title, outlet, language, file };
}

/** A word-by-word English gloss of Ukrainian or Russian evidence for an English claim. */
function glossFor(sentence: SentenceRecord, claimLanguage: Language): { gloss?: string } {
  return claimLanguage === 'en' && isCyrillicLanguage(sentence.language)
    ? { gloss: englishGloss(sentence.text, sentence.language) }
    : {};
}
