// Reading the popup's "trust at a glance" parts (issue 12): the coverage headline, the article's own
// copies, the summary, the filter chips, each claim's standing and each piece of evidence's strength
// and marked words, the action bar. The read* functions run inside the popup page.
import { expect } from 'vitest';

export interface TrustView {
  coverage: { covered: string | null; text: string; colour: string } | null;
  ownCopies: { match: string | null; text: string }[];
  summary: string;
  chips: { filter: string; count: number }[];
  claims: { verdict: string | null; standing: string | null; label: string }[];
  addPage: { stored: string | null; disabled: boolean; text: string; result: string };
}

/** Runs in the popup page: what it shows of the story and the claims. */
export function readTrust(): TrustView {
  const text = (element: Element | null | undefined) =>
    (element?.textContent ?? '')
      .replace(/[\u2068\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const coverage = document.querySelector('[data-testid=coverage]');
  const add = document.querySelector<HTMLButtonElement>('[data-testid=add-page]');
  return {
    coverage: coverage && {
      covered: coverage.getAttribute('data-covered'),
      text: text(coverage),
      colour: getComputedStyle(coverage).color,
    },
    ownCopies: [...document.querySelectorAll('[data-testid=own-copy]')].map((li) => ({
      match: li.getAttribute('data-match'),
      text: text(li),
    })),
    summary: text(document.querySelector('[data-testid=summary]')),
    chips: [...document.querySelectorAll('.filter')].map((chip) => ({
      filter: (chip.getAttribute('data-testid') ?? '').replace(/^filter-/, ''),
      count: Number(text(chip.querySelector('.count'))),
    })),
    claims: [...document.querySelectorAll('[data-testid=claim]')].map((claim) => ({
      verdict: claim.getAttribute('data-verdict'),
      standing:
        claim.querySelector('[data-testid=verdict-label]')?.getAttribute('data-standing') ?? null,
      label: text(claim.querySelector('[data-testid=verdict-label]')),
    })),
    addPage: {
      stored: add?.getAttribute('data-stored') ?? null,
      disabled: add?.disabled ?? false,
      text: text(add),
      result: text(document.querySelector('[data-testid=add-page-result]')),
    },
  };
}

export interface EvidenceView {
  strength: string;
  band: string | null;
  kind: 'support' | 'difference';
  /** Marked words of the claim and of the evidence sentence (support only). */
  claimMarks: string[];
  sentenceMarks: string[];
}

/** Runs in the popup page, with the evidence open: every piece of evidence shown. */
export function readEvidence(): { evidence: EvidenceView[]; unstated: string[]; legend: string } {
  const marks = (root: Element | null, kind: string) =>
    [...(root?.querySelectorAll(`mark[data-mark=${kind}]`) ?? [])].map((m) => m.textContent ?? '');
  return {
    evidence: [...document.querySelectorAll('[data-testid=evidence]')].map((item) => {
      const strength = item.querySelector('[data-testid=evidence-strength]');
      return {
        strength: (strength?.textContent ?? '').trim(),
        band: strength?.getAttribute('data-band') ?? null,
        kind: item.classList.contains('evidence-support') ? 'support' : 'difference',
        claimMarks: marks(item.querySelector('[data-testid=evidence-claim]'), 'stated'),
        sentenceMarks: marks(item.querySelector('[data-testid=evidence-sentence]'), 'stated'),
      };
    }),
    unstated: [...document.querySelectorAll('.claim-text mark[data-mark=unstated]')].map(
      (m) => m.textContent ?? '',
    ),
    legend: (document.querySelector('[data-testid=marks-legend]')?.textContent ?? '').trim(),
  };
}

/** Runs in the popup page: where the action bar is, and whether it is what a click there hits. */
export function readActionBar() {
  const bar = document.querySelector('[data-testid=action-bar]');
  const rect = bar?.getBoundingClientRect();
  const exportButton = document.querySelector('[data-testid=export-json]');
  const box = exportButton?.getBoundingClientRect();
  const hit = box && document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  return {
    top: rect?.top ?? -1,
    bottom: rect?.bottom ?? -1,
    innerHeight,
    scrollY,
    scrollHeight: document.documentElement.scrollHeight,
    exportReachable: !!hit && !!exportButton?.contains(hit),
    addReachable: !!bar?.querySelector('[data-testid=add-page]'),
  };
}

const summaryCount = (summary: string, pattern: RegExp) => Number(pattern.exec(summary)?.[1] ?? 0);

/** The summary, the chips and the claims' labels count the same standings (core/report/counts.ts). */
export function expectConsistentCounts(view: TrustView, corpusDocuments: number): void {
  const listed = (standing: string) => view.claims.filter((c) => c.standing === standing).length;
  const summary = {
    corroborated: summaryCount(view.summary, /(\d+) corroborated/),
    copies: summaryCount(view.summary, /(\d+) only in copies/),
    mixed: summaryCount(view.summary, /(\d+) mixed/),
    differing: summaryCount(view.summary, /(\d+) differ\b/),
    uncorroborated: summaryCount(view.summary, /(\d+) uncorroborated/),
  };
  expect(view.summary).toMatch(new RegExp(`^${view.claims.length} claims? · `));
  const chips = Object.fromEntries(view.chips.map((c) => [c.filter, c.count]));
  expect(chips.all).toBe(view.claims.length);
  for (const [standing, count] of Object.entries(summary)) {
    expect(listed(standing), `${standing}: claims listed vs summary "${view.summary}"`).toBe(count);
    expect(chips[standing] ?? 0, `${standing}: chip vs summary "${view.summary}"`).toBe(count);
  }
  // Every claim has a standing, and the standings add up to the claims.
  expect(Object.values(summary).reduce((a, b) => a + b, 0)).toBe(view.claims.length);
  const origins = summaryCount(view.summary, /\(by (\d+) independent sources?\)/);
  if (summary.corroborated) {
    expect(origins).toBeGreaterThan(0);
    expect(origins).toBeLessThanOrEqual(corpusDocuments);
  }
  for (const claim of view.claims) {
    if (claim.standing === 'corroborated')
      expect(claim.label).toMatch(/^Corroborated by [1-9]\d* independent sources?$/);
    if (claim.standing === 'uncorroborated')
      expect(claim.label).toBe('Nothing in your corpus says this');
  }
}
