// Reads the third-party development data in ../shared/devdata and the BBC collection (measurement
// and fitting only: none of it ships, only the parameters fitted on it). Each pair names its data
// set and a group (article or document) so that cross-validation keeps a group in one fold.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Language, RawDocument } from '../../src/core';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

export interface LabelledPair {
  claim: string;
  evidence: string;
  claimLanguage: Language;
  evidenceLanguage: Language;
  /** 1: the evidence states the claim. */
  label: 0 | 1;
  set: string;
  group: string;
}

export interface DataFile {
  name: string;
  sha256: string;
}

const files: DataFile[] = [];

/** Every data file read so far, with its hash: what the parameters were fitted on. */
export const filesRead = () => [...files];

export function readData(relative: string): string {
  const text = readFileSync(SHARED + relative, 'utf8');
  if (!files.some((f) => f.name === relative))
    files.push({ name: relative, sha256: createHash('sha256').update(text).digest('hex') });
  return text;
}

const jsonl = <T>(relative: string): T[] =>
  readData(relative)
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

export function mrpcPairs(): LabelledPair[] {
  return jsonl<{ id: string; sentence1: string; sentence2: string; label: number }>(
    'devdata/mrpc/mrpc_train.jsonl',
  ).map((row) => ({
    claim: row.sentence1,
    evidence: row.sentence2,
    claimLanguage: 'en',
    evidenceLanguage: 'en',
    label: row.label ? 1 : 0,
    set: 'mrpc',
    group: row.id,
  }));
}

export function falkePairs(): LabelledPair[] {
  return jsonl<{ article_id: string; source_sentence: string; claim: string; label: number }>(
    'devdata/factuality/falke_sentence_pairs.jsonl',
  ).map((row) => ({
    claim: row.claim,
    evidence: row.source_sentence,
    claimLanguage: 'en',
    evidenceLanguage: 'en',
    label: row.label ? 1 : 0,
    set: 'falke',
    group: row.article_id,
  }));
}

export interface WmtSegment {
  cyrillic: string;
  english: string;
  doc: string;
  domain: string | null;
  language: 'uk' | 'ru';
}

/** Aligned segments of one WMT file, in file order. */
export function wmtSegments(language: 'uk' | 'ru'): WmtSegment[] {
  return jsonl<{
    doc_id: string;
    domain: string | null;
    src_lang: string;
    src: string;
    ref: string;
  }>(`devdata/wmt/wmt22_${language}_en.jsonl`).map((s) => ({
    cyrillic: s.src_lang === 'en' ? s.ref : s.src,
    english: s.src_lang === 'en' ? s.src : s.ref,
    doc: `${language}:${s.doc_id}`,
    domain: s.domain,
    language,
  }));
}

/** The BBC collection's articles (first line the title), with their category as the outlet. */
export function bbcArticles(): (RawDocument & { category: string; name: string })[] {
  const root = 'corpora/bbc-2095/news/';
  return readdirSync(SHARED + root)
    .sort()
    .flatMap((category) =>
      readdirSync(SHARED + root + category)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => {
          const text = readFileSync(`${SHARED}${root}${category}/${name}`, 'utf8');
          const [title = '', ...rest] = text.split('\n');
          return {
            title,
            text: rest.join('\n'),
            category,
            name: `${category}/${name}`,
            language: 'en',
          };
        }),
    );
}

/** A stable fold for a group: the same group always lands in the same fold. */
export function foldOf(group: string, folds: number): number {
  return createHash('md5').update(group).digest().readUInt32LE(0) % folds;
}
