import { vi } from 'vitest';
import type { CheckReport, DocumentInfo } from '../../src/core';
import type { SourceDetails, TabCheckState } from '../../src/messages/protocol';
import type { PopupActions } from '../../src/popup/actions';

export const reuters: DocumentInfo = {
  id: 'r1',
  title: 'Kim talks ties',
  outlet: 'Reuters',
  language: 'en',
  file: 'r.txt',
};
export const reutersCopy: DocumentInfo = {
  id: 'r2',
  title: 'NKorea Kim talks ties',
  outlet: 'Newsmax',
  language: 'en',
  file: 'n.txt',
};
export const ukrinform: DocumentInfo = {
  id: 'u1',
  title: 'Кім Чен Ин обговорив із Шойгу',
  outlet: 'Укрінформ',
  language: 'uk',
  file: 'u.txt',
};
export const efe: DocumentInfo = {
  id: 'e1',
  title: 'Kim, Shoigu discuss',
  outlet: 'EFE',
  language: 'en',
  file: 'e.txt',
};

export const report: CheckReport = {
  article: { title: 'Kim and Shoigu meet', language: 'en' },
  claims: [
    {
      text: 'Kim inspected bombers on Saturday.',
      start: 0,
      end: 34,
      verdict: 'corroborated',
      independentOrigins: 1,
      attribution: 'KCNA',
      attributedSupport: [{ name: 'KCNA', sources: 2 }],
      support: [
        {
          document: reuters,
          sentence: 'Kim inspected strategic bombers on Saturday.',
          score: 0.9,
          strength: 0.9,
        },
        {
          document: reutersCopy,
          sentence: 'Kim inspected strategic bombers on Saturday.',
          score: 0.9,
          strength: 0.9,
          attributedTo: 'KCNA',
        },
        {
          document: ukrinform,
          sentence: 'Кім оглянув російські ядерні бомбардувальники.',
          score: 0.7,
          strength: 0.7,
          gloss: 'kim inspect russian nuclear bomber',
        },
      ],
      differences: [],
    },
    {
      text: 'Kim has been in Russia since September 10.',
      start: 35,
      end: 77,
      verdict: 'differing',
      independentOrigins: 0,
      support: [],
      differences: [
        {
          document: efe,
          sentence: 'Kim has been traveling in Russia since Sep. 12.',
          score: 0.8,
          strength: 0.8,
          details: [{ kind: 'date', here: 'September 10', there: 'Sep. 12' }],
        },
      ],
    },
    {
      text: 'Ferries were cancelled.',
      start: 78,
      end: 101,
      verdict: 'uncorroborated',
      independentOrigins: 0,
      support: [],
      differences: [],
    },
  ],
  skipped: [{ text: 'Share it...', start: 102, end: 113, reason: 'navigation or prompt' }],
};

export const sources: Record<string, SourceDetails> = {
  r1: { published: '2023-09-17', url: null, origin: 'r1' },
  r2: { published: '2023-09-16', url: null, origin: 'r1' },
  u1: { published: '2023-09-17', url: null, origin: 'u1' },
  e1: { published: '2023-09-17', url: null, origin: 'e1' },
};

export function doneState(
  overrides: Partial<Extract<TabCheckState, { state: 'done' }>> = {},
): TabCheckState {
  return {
    state: 'done',
    url: 'https://news.example/a',
    page: {
      url: 'https://news.example/a',
      siteName: 'News Example',
      byline: null,
      published: null,
    },
    report,
    sources,
    corpusDocuments: 5,
    checkedAt: Date.UTC(2023, 8, 18),
    timings: { resources: 0, check: 12, sources: 1 },
    ...overrides,
  };
}

export function mockActions(overrides: Partial<PopupActions> = {}): PopupActions {
  return {
    currentTab: vi.fn(async () => ({ id: 7, url: 'https://news.example/a' })),
    cachedState: vi.fn(async () => null),
    check: vi.fn(async () => doneState()),
    cancelCheck: vi.fn(async () => undefined),
    revealClaim: vi.fn(async () => true),
    highlightsEnabledOn: vi.fn(async () => true),
    setHighlightsOn: vi.fn(async () => undefined),
    openCorpusPage: vi.fn(async () => undefined),
    addPage: vi.fn(async () => ({
      state: 'added' as const,
      documentId: 'p1',
      title: 'Kim and Shoigu meet',
    })),
    enableAutoCheck: vi.fn(async () => true),
    corpusFingerprint: vi.fn(async () => 'abc123'),
    download: vi.fn(),
    ...overrides,
  };
}
