// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/core';
import { App } from '../../src/popup/app';
import { reportToMarkdown } from '../../src/popup/report-export';
import { doneState, efe, mockActions } from './fixtures';

// Page and corpus text are untrusted: they must reach the popup and the exports as inert text.
const hostile = [
  '<script>globalThis.pwned = true</script>Kim met Putin.',
  '<img src=x onerror="globalThis.pwned = true">',
  '<a href="javascript:globalThis.pwned = true">click</a>',
  'Normal start \u202Egnp.exe\u202C end.',
  'x'.repeat(20_000),
];

const hostileReport: CheckReport = {
  article: { title: hostile[0] ?? '', language: 'en' },
  claims: hostile.map((text, i) => ({
    text,
    start: i,
    end: i + 1,
    verdict: 'differing' as const,
    independentOrigins: 0,
    support: [],
    differences: [
      {
        document: { ...efe, outlet: hostile[1] ?? '', title: hostile[2] ?? '' },
        sentence: text,
        score: 1,
        strength: 1,
        details: [{ kind: 'name' as const, here: hostile[2] ?? '', there: '<b>bold</b>' }],
      },
    ],
  })),
  skipped: [],
};

describe('hostile content', () => {
  it('renders as text in the popup: no elements, no handlers, no links created from it', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const actions = mockActions({ check: async () => doneState({ report: hostileReport }) });
    await act(async () => render(<App actions={actions} />, root));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    for (const toggle of root.querySelectorAll<HTMLElement>(
      '[data-testid=claim-evidence-toggle]',
    )) {
      await act(async () => toggle.click());
    }
    expect(root.querySelectorAll('script, img, a, b').length).toBe(0);
    expect(
      [...root.querySelectorAll('*')].some((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      ),
    ).toBe(false);
    expect(root.querySelector('[data-testid=article-title]')?.textContent).toBe(hostile[0]);
    expect(root.textContent).toContain('\u202Egnp.exe\u202C');
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('escapes Markdown and HTML syntax in the Markdown export', () => {
    const markdown = reportToMarkdown({
      state: doneState({ report: hostileReport }) as Extract<
        ReturnType<typeof doneState>,
        { state: 'done' }
      >,
      corpusFingerprint: 'f',
      exportedAt: new Date(0),
    });
    // Every "<" that could open a tag is escaped.
    expect(markdown).not.toMatch(/(?<!\\)<(script|img|a |b>)/);
    expect(markdown).toContain('\\<script\\>');
  });
});
