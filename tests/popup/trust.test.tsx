// @vitest-environment jsdom
// Issue 12, "trust at a glance", in the popup: strength and marked words on every piece of
// evidence, labels that say what a verdict means, the coverage headline, the article's own copy,
// counts that agree, and addresses that only become links when they are http(s).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckReport, ClaimReport } from '../../src/core';
import { App } from '../../src/popup/app';
import { standingText } from '../../src/popup/components/verdict-label';
import { reportToMarkdown } from '../../src/popup/report-export';
import { doneState, mockActions, report, reuters, sources } from './fixtures';

const plain = (text: string | null | undefined) => text?.replace(/[\u2068\u2069]/g, '') ?? '';
const [corroborated, differing, uncorroborated] = report.claims as [
  ClaimReport,
  ClaimReport,
  ClaimReport,
];
// "Kim inspected bombers on Saturday." and "Kim inspected strategic bombers on Saturday."
const marked: ClaimReport = {
  ...corroborated,
  unstated: [[25, 33]],
  support: corroborated.support.map((s, i) =>
    i === 0
      ? {
          ...s,
          strength: 0.923,
          stated: {
            claim: [
              [0, 3],
              [4, 13],
              [14, 21],
            ],
            evidence: [
              [0, 3],
              [4, 13],
              [24, 31],
            ],
          },
        }
      : { ...s, strength: i === 1 ? 0.64 : 0.51 },
  ),
};
const copiesOnly: ClaimReport = {
  ...uncorroborated,
  text: 'Kim arrived by train.',
  verdict: 'corroborated',
  independentOrigins: 0,
  support: [{ ...corroborated.support[0], origin: null } as ClaimReport['support'][number]],
};
const trustReport: CheckReport = {
  ...report,
  claims: [marked, differing, uncorroborated, copiesOnly],
  coverage: { documents: 3, origins: 2, about: [] },
};

async function renderPopup(shown: CheckReport, extra: Parameters<typeof doneState>[0] = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const actions = mockActions({ check: async () => doneState({ report: shown, ...extra }) });
  await act(async () => render(<App actions={actions} />, root));
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return { root, actions };
}

const openAll = async (root: HTMLElement) => {
  for (const toggle of root.querySelectorAll<HTMLElement>('[data-testid=claim-evidence-toggle]'))
    await act(async () => toggle.click());
};
const texts = (root: Element | undefined | null, selector: string) =>
  [...(root?.querySelectorAll(selector) ?? [])].map((e) => plain(e.textContent).trim());

afterEach(() => {
  document.body.innerHTML = '';
});

describe('trust at a glance', () => {
  it('gives every piece of evidence its strength as a word and a number', async () => {
    const { root } = await renderPopup(trustReport);
    await openAll(root);
    const claim = root.querySelectorAll('[data-testid=claim]')[0];
    expect(texts(claim, '[data-testid=evidence-strength]')).toEqual([
      'strong · 0.92',
      'moderate · 0.64',
      'weak · 0.51',
    ]);
    const differs = root.querySelectorAll('[data-testid=claim]')[1];
    expect(texts(differs, '[data-testid=evidence-strength]')).toEqual(['strong · 0.80']);
  });

  it('marks the words the evidence states in both sentences, and the words no source states', async () => {
    const { root } = await renderPopup(trustReport);
    const claim = root.querySelectorAll('[data-testid=claim]')[0];
    expect(texts(claim, '.claim-text mark[data-mark=unstated]')).toEqual(['Saturday']);
    expect(root.querySelector('[data-testid=marks-legend]')?.textContent).toBe(
      'Marks in the sentences: words of the claim this source states · words of the claim no source states',
    );
    await openAll(root);
    const first = claim?.querySelector('.evidence-support');
    expect(texts(first, '[data-testid=evidence-claim] mark[data-mark=stated]')).toEqual([
      'Kim',
      'inspected',
      'bombers',
    ]);
    expect(texts(first, '[data-testid=evidence-sentence] mark[data-mark=stated]')).toEqual([
      'Kim',
      'inspected',
      'bombers',
    ]);
    expect(first?.querySelector('mark[data-mark=stated]')?.getAttribute('title')).toBe(
      'Stated by this source',
    );
    expect(claim?.querySelector('mark[data-mark=unstated]')?.getAttribute('title')).toBe(
      'No corroborating source states this',
    );
  });

  it('labels each claim with what its verdict means', async () => {
    const { root } = await renderPopup(trustReport);
    expect(texts(root, '[data-testid=verdict-label]')).toEqual([
      'Corroborated by 1 independent source',
      '1 source differs on a detail',
      'Nothing in your corpus says this',
      'Only copies of this story say this',
    ]);
    expect(texts(root, '[data-testid=claim-counts]')).toEqual([
      '3 corroborating documents',
      '1 differing',
      '1 copy of this story, not counted',
    ]);
  });

  it('says how many corroborate and differ on a mixed claim', () => {
    const mixed: ClaimReport = { ...marked, verdict: 'mixed', differences: differing.differences };
    expect(standingText(mixed)).toBe('Sources disagree: 3 corroborating, 1 differing');
  });

  it('counts the same standings in the summary, the chips and the claims', async () => {
    const { root } = await renderPopup(trustReport);
    expect(root.querySelector('[data-testid=summary]')?.textContent).toBe(
      '4 claims · 1 corroborated (by 2 independent sources) · 1 only in copies of this story · 1 differ · 1 uncorroborated',
    );
    expect(texts(root, '.filter')).toEqual([
      'All 4',
      'Corroborated 1',
      'Only copies 1',
      'Differing 1',
      'Uncorroborated 1',
    ]);
    const copies = root.querySelector<HTMLElement>('[data-testid=filter-copies]');
    await act(async () => copies?.click());
    expect(texts(root, '[data-testid=verdict-label]')).toEqual([
      'Only copies of this story say this',
    ]);
  });

  it('says how much of the corpus is about the story, or that it has nothing on it, in grey', async () => {
    const covered = await renderPopup(trustReport);
    expect(covered.root.querySelector('[data-testid=coverage]')?.textContent).toBe(
      '3 documents in your corpus are about this story, from 2 independent sources.',
    );
    document.body.innerHTML = '';
    const none = await renderPopup({
      ...trustReport,
      claims: [uncorroborated],
      coverage: { documents: 0, origins: 0, about: [] },
    });
    const headline = none.root.querySelector('[data-testid=coverage]');
    expect(headline?.getAttribute('data-covered')).toBe('false');
    expect(headline?.className).toBe('coverage coverage-none');
    expect(headline?.textContent).toMatch(/^Your corpus has nothing on this story\./);
    expect(none.root.querySelector('.claims')?.className).toBe('claims not-covered');
  });

  it('says the article is in the corpus, and that Add this page has nothing to add', async () => {
    const { root, actions } = await renderPopup({
      ...trustReport,
      ownCopies: [
        {
          ...reuters,
          url: 'https://www.reuters.com/kim',
          published: '2023-09-16',
          importedAt: Date.UTC(2023, 8, 18, 12),
          match: 'exact',
        },
      ],
    });
    expect(plain(root.querySelector('[data-testid=own-copy]')?.textContent)).toBe(
      'This article is in your corpus: Kim talks ties, imported 2023-09-18 Original page',
    );
    const add = root.querySelector<HTMLButtonElement>('[data-testid=add-page]');
    expect(add?.textContent).toBe('Already in your corpus');
    expect(add?.disabled).toBe(true);
    expect(add?.title).toBe('This page is already in the corpus.');
    expect(actions.addPage).not.toHaveBeenCalled();
    // The rest of the corpus still speaks.
    expect(root.querySelectorAll('[data-testid=claim]')).toHaveLength(4);
  });

  it('links only http(s) addresses, shows the others as isolated text', async () => {
    const { root } = await renderPopup(trustReport, {
      sources: {
        ...sources,
        r1: { published: null, url: 'https://www.reuters.com/kim', origin: 'r1' },
        r2: { published: null, url: 'javascript:globalThis.pwned = true', origin: 'r1' },
        u1: { published: null, url: 'data:text/html,<b>x</b>', origin: 'u1' },
      },
    });
    await openAll(root);
    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toBe('https://www.reuters.com/kim');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    const asText = [...root.querySelectorAll('bdi[data-testid=document-url]')].map(
      (e) => e.textContent,
    );
    expect(asText).toEqual(
      expect.arrayContaining(['javascript:globalThis.pwned = true', 'data:text/html,<b>x</b>']),
    );
  });

  it('isolates untrusted text: titles, outlets and quotes', async () => {
    const { root } = await renderPopup(trustReport);
    await openAll(root);
    expect(root.querySelector('[data-testid=article-title]')?.getAttribute('dir')).toBe('auto');
    const source = root.querySelector('.evidence-support .source');
    expect(texts(source, 'bdi')).toEqual(expect.arrayContaining(['Reuters', 'Kim talks ties']));
    for (const quote of root.querySelectorAll('q')) expect(quote.getAttribute('dir')).toBe('auto');
    expect(root.querySelector('.claim-text')?.getAttribute('dir')).toBe('auto');
  });

  it('keeps Export and Add this page together in the action bar', async () => {
    const { root } = await renderPopup(trustReport);
    const bar = root.querySelector('[data-testid=action-bar]');
    expect(bar?.querySelector('[data-testid=export-json]')).not.toBeNull();
    expect(bar?.querySelector('[data-testid=export-markdown]')).not.toBeNull();
    expect(bar?.querySelector('[data-testid=add-page]')).not.toBeNull();
  });

  it('exports the same standings, strengths, coverage and own copies in Markdown', () => {
    const markdown = reportToMarkdown({
      state: doneState({
        report: {
          ...trustReport,
          ownCopies: [
            {
              ...reuters,
              url: null,
              published: null,
              importedAt: Date.UTC(2023, 8, 18),
              match: 'copy',
            },
          ],
        },
      }) as Extract<ReturnType<typeof doneState>, { state: 'done' }>,
      corpusFingerprint: 'f',
      exportedAt: new Date(0),
    });
    expect(markdown).toContain('- About this story: 3 documents, from 2 origins');
    expect(markdown).toContain(
      '- A copy of it is in the corpus: Kim talks ties, imported 2023-09-18 (not counted as evidence)',
    );
    expect(markdown).toContain('### 1. corroborated — 3 sources, 1 independent origin');
    expect(markdown).toContain('- corroborated by **Reuters** (strong · 0.92)');
    expect(markdown).toContain(
      '### 4. copies — 0 sources, 0 independent origins, 1 copy of this story (not counted)',
    );
    expect(markdown).toContain('(strong · 0.90, a copy of this story)');
  });
});
