// The checks both browsers make on what the extension reported for samples/article.html.
import { expect } from 'vitest';
import {
  articleTitle,
  boilerplate,
  changedDate,
  claimWith,
  corroborated,
  invented,
  type PageHighlights,
  type PopupReport,
} from './article';

const verdicts = ['corroborated', 'mixed', 'differing', 'uncorroborated'];

/** The popup shows the article, a summary and enough claims, each with a known verdict. */
export function expectRealResults(report: PopupReport): void {
  expect(report.state, `popup state (${report.stateText})`).toBe('done');
  expect(report.title).toContain(articleTitle);
  expect(report.summary).not.toBe('');
  expect(report.claims.length).toBeGreaterThanOrEqual(8);
  for (const claim of report.claims) expect(verdicts).toContain(claim.verdict);
  const seen = report.claims.map((claim) => claim.verdict);
  expect(seen).toContain('corroborated');
  expect(seen).toContain('uncorroborated');
}

/** Close paraphrases of the corpus are supported (corroborated, or mixed if a detail differs). */
export function expectSupportedSentencesSupported(report: PopupReport): void {
  for (const fragment of Object.values(corroborated)) {
    const claim = claimWith(report, fragment);
    expect(claim, `claim "${fragment}"`).toBeDefined();
    expect(['corroborated', 'mixed'], `verdict of "${fragment}"`).toContain(claim?.verdict);
  }
}

/** Every sentence written for the sample page alone is a claim, and uncorroborated. */
export function expectInventedSentencesUncorroborated(report: PopupReport): void {
  for (const fragment of invented) {
    const claim = claimWith(report, fragment);
    expect(claim, `claim "${fragment}"`).toBeDefined();
    expect(claim?.verdict, `verdict of "${fragment}"`).toBe('uncorroborated');
  }
}

/** The sentence with the changed date differs from the corpus. */
export function expectChangedDateDiffers(report: PopupReport): void {
  const claim = claimWith(report, changedDate);
  expect(claim, `claim "${changedDate}"`).toBeDefined();
  expect(['differing', 'mixed']).toContain(claim?.verdict);
}

/** Navigation, share and newsletter prompts, related links and the footer are not claims. */
export function expectNoBoilerplateClaims(report: PopupReport): void {
  for (const fragment of boilerplate) {
    expect(claimWith(report, fragment), `"${fragment}"`).toBeUndefined();
  }
}

/** Each uncorroborated claim is highlighted (CSS Custom Highlight API), supported ones are not. */
export function expectHighlights(highlights: PageHighlights, report: PopupReport): void {
  const uncorroborated = report.claims.filter((c) => c.verdict === 'uncorroborated').length;
  expect(highlights.mechanism).toBe('highlight-api');
  expect(highlights.uncorroboratedRanges).toBeGreaterThanOrEqual(uncorroborated);
  for (const fragment of invented) expect(highlights.uncorroboratedText).toContain(fragment);
  for (const fragment of Object.values(corroborated)) {
    expect(highlights.uncorroboratedText).not.toContain(fragment);
  }
}
