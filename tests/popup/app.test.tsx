// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckReport } from '../../src/core';
import type { TabCheckState } from '../../src/messages/protocol';
import type { PopupActions } from '../../src/popup/actions';
import { App } from '../../src/popup/app';

const document_ = {
  id: 'd1',
  title: 'Kim talks ties',
  outlet: 'Reuters',
  language: 'en',
  file: 'r.txt',
};
const report: CheckReport = {
  article: { title: 'Kim and Shoigu meet', language: 'en' },
  claims: [
    {
      text: 'Kim inspected bombers on Saturday.',
      start: 0,
      end: 34,
      verdict: 'corroborated',
      independentOrigins: 1,
      support: [
        {
          document: document_,
          sentence: 'Kim inspected strategic bombers on Saturday.',
          score: 0.9,
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
          document: document_,
          sentence: 'Kim has been traveling in Russia since Sep. 12.',
          score: 0.8,
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
  skipped: [],
};

function mockActions(overrides: Partial<PopupActions> = {}): PopupActions {
  return {
    currentTab: vi.fn(async () => ({ id: 7, url: 'https://news.example/a' })),
    cachedState: vi.fn(async () => null),
    check: vi.fn(async (): Promise<TabCheckState> => ({
      state: 'done',
      url: 'https://news.example/a',
      report,
      corpusDocuments: 5,
      checkedAt: 0,
    })),
    openCorpusPage: vi.fn(async () => undefined),
    enableAutoCheck: vi.fn(async () => true),
    ...overrides,
  };
}

async function renderPopup(actions: PopupActions): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<App actions={actions} />, root));
  // Let the effect's promises settle.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return root;
}

const state = (root: HTMLElement) =>
  root.querySelector('[data-testid=popup-state]')?.getAttribute('data-state');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup', () => {
  it('checks the tab and lists each claim with its verdict and the summary', async () => {
    const actions = mockActions();
    const root = await renderPopup(actions);
    expect(actions.check).toHaveBeenCalledWith(7, false);
    expect(state(root)).toBe('done');
    expect(root.querySelector('[data-testid=article-title]')?.textContent).toBe(
      'Kim and Shoigu meet',
    );
    expect(root.querySelector('[data-testid=summary]')?.textContent).toBe(
      '3 claims · 1 corroborated · 1 differ · 1 uncorroborated',
    );
    expect(
      [...root.querySelectorAll('[data-testid=claim]')].map((c) => c.getAttribute('data-verdict')),
    ).toEqual(['corroborated', 'differing', 'uncorroborated']);
  });

  it('shows the quote and the differing detail when a claim is opened', async () => {
    const root = await renderPopup(mockActions());
    const [, differing] = root.querySelectorAll<HTMLButtonElement>('.claim-head');
    await act(async () => differing?.click());
    expect(root.textContent).toContain('Kim has been traveling in Russia since Sep. 12.');
    expect(root.querySelector('.details')?.textContent).toBe(
      'date: here September 10 — there Sep. 12',
    );
  });

  it('uses the cached result for the same page instead of checking again', async () => {
    const cached: TabCheckState = {
      state: 'done',
      url: 'https://news.example/a',
      report,
      corpusDocuments: 5,
      checkedAt: 0,
    };
    const actions = mockActions({ cachedState: vi.fn(async () => cached) });
    const root = await renderPopup(actions);
    expect(actions.check).not.toHaveBeenCalled();
    expect(state(root)).toBe('done');
  });

  it.each<[TabCheckState, string, RegExp]>([
    [{ state: 'empty-corpus' }, 'empty-corpus', /corpus is empty/],
    [{ state: 'no-article', url: 'https://news.example/a' }, 'no-article', /No article found/],
    [
      { state: 'error', message: 'The page did not answer in time.' },
      'error',
      /did not answer in time/,
    ],
  ])('never shows a blank popup: %j', async (result, expectedState, text) => {
    const root = await renderPopup(mockActions({ check: vi.fn(async () => result) }));
    expect(state(root)).toBe(expectedState);
    expect(root.textContent).toMatch(text);
  });

  it('turns a failed check into an error state', async () => {
    const root = await renderPopup(
      mockActions({ check: vi.fn(async () => Promise.reject(new Error('boom'))) }),
    );
    expect(state(root)).toBe('error');
    expect(root.textContent).toContain('boom');
  });

  it('offers to check the selection when the page has no article', async () => {
    const actions = mockActions({
      check: vi.fn(async (): Promise<TabCheckState> => ({ state: 'no-article', url: 'x' })),
    });
    const root = await renderPopup(actions);
    await act(async () => root.querySelector('button')?.click());
    expect(actions.check).toHaveBeenLastCalledWith(7, true);
  });
});
