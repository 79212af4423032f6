// What samples/article.html is made of (see samples/README.md), and how to read the extension's UI.
// Shared by the Chromium and Firefox tests; the read* functions run inside the browser page.

/** Sentences that close paraphrases of the sample corpus support. */
export const corroborated = {
  bombers: 'inspected Russian nuclear-capable strategic bombers',
  exercises: 'Moscow is discussing joint military exercises',
} as const;

/** The sentence whose date was changed (September 10; the EFE excerpt says Sep. 12). */
export const changedDate = 'traveling in Russia since September 10';

/** Sentences written for the sample page that nothing in the corpus says. */
export const invented = [
  'Residents of Vladivostok reported road closures',
  "A spokesperson for Japan's foreign ministry",
  'Around 300 journalists had been accredited',
  'marine biology museum on Russky Island',
] as const;

/** Page furniture that must never be reported as a claim. */
export const boilerplate = [
  'Share this article',
  'Sign up for our free morning newsletter',
  'Five things to know about the Vostochny Cosmodrome',
  'Typhoon season',
  'Terms of use',
] as const;

export const articleTitle = 'Kim and Shoigu discuss closer military ties in Vladivostok';

export type Verdict = 'corroborated' | 'mixed' | 'differing' | 'uncorroborated';

export interface PopupReport {
  state: string | null;
  /** The text of the state element (the error message, when the check failed), at most 300 chars. */
  stateText: string;
  title: string;
  summary: string;
  claims: { text: string; verdict: string | null }[];
}

/** Runs in the popup page: what it shows. */
export function readPopup(): PopupReport {
  const text = (selector: string) =>
    (document.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    state: document.querySelector('[data-testid=popup-state]')?.getAttribute('data-state') ?? null,
    stateText: text('[data-testid=popup-state]').slice(0, 300),
    title: text('[data-testid=article-title]'),
    summary: text('[data-testid=summary]'),
    claims: [...document.querySelectorAll('[data-testid=claim]')].map((claim) => ({
      text: (claim.textContent ?? '').replace(/\s+/g, ' ').trim(),
      verdict: claim.getAttribute('data-verdict'),
    })),
  };
}

export interface PageHighlights {
  /** 'highlight-api' when CSS.highlights is used, 'mark' for the <mark> fallback. */
  mechanism: 'highlight-api' | 'mark' | 'none';
  /** Number of ranges (or <mark> elements) per kind. */
  uncorroboratedRanges: number;
  differingRanges: number;
  /** The highlighted text per kind, whitespace collapsed. */
  uncorroboratedText: string;
  differingText: string;
}

/** Runs in the article page: what the extension highlighted. */
export function readHighlights(): PageHighlights {
  const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
  const registry = (globalThis as { CSS?: { highlights?: Map<string, Set<AbstractRange>> } }).CSS
    ?.highlights;
  const fromApi = (name: string) => {
    const highlight = registry?.get(name);
    const ranges = highlight ? [...highlight] : [];
    return {
      count: ranges.length,
      text: collapse(ranges.map((range) => (range as Range).toString()).join(' ')),
    };
  };
  const fromMarks = (kind: string) => {
    const marks = [...document.querySelectorAll(`mark[data-crosscheck="${kind}"]`)];
    return { count: marks.length, text: collapse(marks.map((m) => m.textContent ?? '').join(' ')) };
  };
  const apiU = fromApi('crosscheck-uncorroborated');
  const apiD = fromApi('crosscheck-differing');
  const markU = fromMarks('uncorroborated');
  const markD = fromMarks('differing');
  const useApi = apiU.count + apiD.count > 0;
  const useMarks = !useApi && markU.count + markD.count > 0;
  const u = useApi ? apiU : markU;
  const d = useApi ? apiD : markD;
  return {
    mechanism: useApi ? 'highlight-api' : useMarks ? 'mark' : 'none',
    uncorroboratedRanges: u.count,
    differingRanges: d.count,
    uncorroboratedText: u.text,
    differingText: d.text,
  };
}

/** A popup whose check has finished, one way or another (any state but loading). */
export const popupSettled =
  '[data-testid=popup-state]:is([data-state=done], [data-state=no-article], ' +
  '[data-state=empty-corpus], [data-state=error])';

/** The claim whose text contains `fragment` (the first one), or undefined. */
export function claimWith(report: PopupReport, fragment: string) {
  return report.claims.find((claim) => claim.text.includes(fragment));
}

/**
 * The badge the popup's report implies: the number of uncorroborated claims, followed by "!" when
 * any claim has differing sources (src/background/badge.ts).
 */
export function expectedBadge(report: PopupReport): string {
  const uncorroborated = report.claims.filter((c) => c.verdict === 'uncorroborated').length;
  const differing = report.claims.some((c) => c.verdict === 'differing' || c.verdict === 'mixed');
  return `${uncorroborated}${differing ? '!' : ''}`;
}
