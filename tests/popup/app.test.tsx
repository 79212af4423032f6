// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabCheckState } from '../../src/messages/protocol';
import type { PopupActions } from '../../src/popup/actions';
import { App } from '../../src/popup/app';
import { doneState, mockActions } from './fixtures';

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
const verdicts = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-testid=claim]')].map((c) => c.getAttribute('data-verdict'));
/** Text without the bidi isolates set around untrusted text (src/ui/bidi.ts). */
const plain = (text: string | null | undefined) => text?.replace(/[\u2068\u2069]/g, '');
const click = (element: Element | null | undefined) =>
  act(async () => (element as HTMLElement | null)?.click());

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup', () => {
  it('checks the tab and shows title, outlet and the summary with independent origins', async () => {
    const actions = mockActions();
    const root = await renderPopup(actions);
    expect(actions.check).toHaveBeenCalledWith(7, false);
    expect(state(root)).toBe('done');
    expect(root.querySelector('[data-testid=article-title]')?.textContent).toBe(
      'Kim and Shoigu meet',
    );
    expect(root.querySelector('.meta')?.textContent).toBe(
      'News Example · en · checked against 5 documents',
    );
    expect(root.querySelector('[data-testid=summary]')?.textContent).toBe(
      '3 claims · 1 corroborated (by 2 independent sources) · 1 differ · 1 uncorroborated',
    );
    expect(verdicts(root)).toEqual(['corroborated', 'differing', 'uncorroborated']);
  });

  it('filters claims by verdict', async () => {
    const root = await renderPopup(mockActions());
    await click(root.querySelector('[data-testid=filter-uncorroborated]'));
    expect(verdicts(root)).toEqual(['uncorroborated']);
    expect(
      root.querySelector('[data-testid=filter-uncorroborated]')?.getAttribute('aria-pressed'),
    ).toBe('true');
    await click(root.querySelector('[data-testid=filter-differing]'));
    expect(verdicts(root)).toEqual(['differing']);
    await click(root.querySelector('[data-testid=filter-all]'));
    expect(verdicts(root)).toHaveLength(3);
  });

  it('shows the differing detail side by side, marked in both sentences', async () => {
    const root = await renderPopup(mockActions());
    const differing = root.querySelectorAll('[data-testid=claim]')[1];
    await click(differing?.querySelector('[data-testid=claim-evidence-toggle]'));
    expect(
      [...(differing?.querySelectorAll('.side-by-side mark') ?? [])].map((m) => m.textContent),
    ).toEqual(['September 10', 'Sep. 12']);
    expect(differing?.querySelector('.details')?.textContent).toBe(
      'date: here September 10 — there Sep. 12',
    );
    expect(differing?.querySelector('.source')?.textContent).toContain('EFE');
  });

  it('marks evidence in another language and shows its gloss beside the original', async () => {
    const root = await renderPopup(mockActions());
    const first = root.querySelectorAll('[data-testid=claim]')[0];
    await click(first?.querySelector('[data-testid=claim-evidence-toggle]'));
    const marked = first?.querySelectorAll('[data-testid=cross-language]') ?? [];
    expect([...marked].map((m) => m.textContent?.trim())).toEqual([
      '(in uk, matched across languages)',
    ]);
    expect(first?.querySelector('q[lang=uk]')?.textContent).toBe(
      'Кім оглянув російські ядерні бомбардувальники.',
    );
    expect(first?.querySelector('.gloss')?.textContent).toBe(
      'Word by word: kim inspect russian nuclear bomber',
    );
  });

  it('separates support under an attribution from sources speaking in their own voice', async () => {
    const root = await renderPopup(mockActions());
    const first = root.querySelectorAll('[data-testid=claim]')[0];
    expect(plain(first?.querySelector('[data-testid=claim-attribution]')?.textContent)).toBe(
      'The article attributes this to KCNA',
    );
    expect(plain(first?.querySelector('[data-testid=attributed-support]')?.textContent)).toBe(
      'also attributed to KCNA by 2 sources',
    );
    await click(first?.querySelector('[data-testid=claim-evidence-toggle]'));
    expect([...(first?.querySelectorAll('.voice') ?? [])].map((v) => plain(v.textContent))).toEqual(
      ['reports it as said by KCNA, not in its own voice'],
    );
  });

  it('asks the page to scroll to a claim when it is clicked, and says when it is gone', async () => {
    const actions = mockActions({ revealClaim: vi.fn(async () => false) });
    const root = await renderPopup(actions);
    await click(root.querySelectorAll('[data-testid=claim-reveal]')[2]);
    expect(actions.revealClaim).toHaveBeenCalledWith(7, 2);
    expect(root.querySelector('.claim-missing')?.textContent).toMatch(/could not be found/);
  });

  it('groups sources by origin in the sources tab', async () => {
    const root = await renderPopup(mockActions());
    await click(root.querySelector('#tab-sources'));
    const groups = [...root.querySelectorAll('[data-testid=origin-group]')];
    expect(groups.map((g) => g.querySelectorAll('.origin-document').length)).toEqual([2, 1, 1]);
    expect(groups[0]?.textContent).toContain('supports 1 · contradicts 0');
    expect(groups[1]?.textContent).toContain('Укрінформ');
    expect(groups[2]?.textContent).toContain('supports 0 · contradicts 1');
  });

  it('moves between tabs with the arrow keys', async () => {
    const root = await renderPopup(mockActions());
    const claimsTab = root.querySelector<HTMLElement>('#tab-claims');
    await act(async () => {
      claimsTab?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(root.querySelector('#tab-sources')?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement?.id).toBe('tab-sources');
  });

  it('exports the report as JSON with the corpus fingerprint', async () => {
    const actions = mockActions();
    const root = await renderPopup(actions);
    await click(root.querySelector('[data-testid=export-json]'));
    const [name, content, type] = vi.mocked(actions.download).mock.calls[0] ?? [];
    expect(name).toBe('crosscheck-2023-09-18.json');
    expect(type).toBe('application/json');
    expect(JSON.parse(content ?? '{}')).toMatchObject({
      corpus: { documents: 5, fingerprint: 'abc123' },
    });
  });

  it('switches highlights off for the site', async () => {
    const actions = mockActions();
    const root = await renderPopup(actions);
    await click(root.querySelector('[data-testid=toggle-site-highlights]'));
    expect(actions.setHighlightsOn).toHaveBeenCalledWith(7, 'https://news.example', false);
  });

  it('says which highlighted claims the page could not place', async () => {
    const placed = doneState({ placement: { mapped: 1, unmapped: ['Ferries were cancelled.'] } });
    const actions = mockActions({ cachedState: vi.fn(async () => placed) });
    const root = await renderPopup(actions);
    const notice = root.querySelector('[data-testid=unplaced-claims]');
    expect(notice?.querySelector('summary')?.textContent).toBe(
      '1 highlighted claim could not be found on the page',
    );
    expect(notice?.textContent).toContain('Ferries were cancelled.');
  });

  it('adds the page to the corpus and says so', async () => {
    const actions = mockActions();
    const root = await renderPopup(actions);
    await click(root.querySelector('[data-testid=add-page]'));
    expect(actions.addPage).toHaveBeenCalledWith(7);
    expect(plain(root.querySelector('[data-testid=add-page-result]')?.textContent)).toBe(
      'Added “Kim and Shoigu meet” to the corpus.',
    );
  });

  it('offers to add the page when the corpus is empty', async () => {
    const actions = mockActions({
      check: vi.fn(async (): Promise<TabCheckState> => ({ state: 'empty-corpus' })),
      addPage: vi.fn(async () => ({ state: 'duplicate' as const, documentId: 'p1', title: 'x' })),
    });
    const root = await renderPopup(actions);
    await click(root.querySelector('[data-testid=add-page]'));
    expect(root.querySelector('[data-testid=add-page-result]')?.textContent).toBe(
      'This page is already in the corpus.',
    );
  });

  it('uses the cached result for the same page instead of checking again', async () => {
    const actions = mockActions({ cachedState: vi.fn(async () => doneState()) });
    const root = await renderPopup(actions);
    expect(actions.check).not.toHaveBeenCalled();
    expect(state(root)).toBe('done');
  });

  it.each<[TabCheckState, string, RegExp]>([
    [{ state: 'empty-corpus' }, 'empty-corpus', /corpus is empty/],
    [{ state: 'no-article', url: 'https://news.example/a' }, 'no-article', /No article found/],
    [
      { state: 'error', message: 'The page did not send its article within 30 seconds.' },
      'error',
      /did not send its article within 30 seconds/,
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
    await click(root.querySelector('button'));
    expect(actions.check).toHaveBeenLastCalledWith(7, true);
  });
});

describe('marked differences', () => {
  it('marks a detail even when the sentence punctuates it differently', async () => {
    const { MarkedSentence } = await import('../../src/popup/components/marked-sentence');
    const root = document.createElement('div');
    render(
      <MarkedSentence
        text="Travelling since Sep. 12, with 12 000 troops."
        marks={['Sep 12', '12,000']}
      />,
      root,
    );
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Sep. 12',
      '12 000',
    ]);
  });
});

describe('per-site highlight switch', () => {
  it('appears only once the stored choice is read, and shows it', async () => {
    let answer: (enabled: boolean) => void = () => undefined;
    const actions = mockActions({
      highlightsEnabledOn: vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve))),
    });
    const root = await renderPopup(actions);
    expect(root.querySelector('[data-testid=toggle-site-highlights]')).toBeNull();
    await act(async () => answer(false));
    const toggle = root.querySelector<HTMLInputElement>('[data-testid=toggle-site-highlights]');
    expect(toggle?.checked).toBe(false);
  });
});
