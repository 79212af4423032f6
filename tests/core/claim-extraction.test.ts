import { describe, expect, it } from 'vitest';
import { MemoryCorpusStore, checkArticle, splitSentences } from '../../src/core';
import { classifySentences } from '../../src/core/claims/claims';

// Pages that broke claim extraction, as the article text the content script and the CLI build
// from them (one paragraph per block element).
const claimsOf = (text: string) =>
  classifySentences(splitSentences(text, 'en'), text)
    .filter((s) => s.claim)
    .map((s) => s.text);

describe('claims of an article', () => {
  it('skips a photo caption, all of it, with the reason', () => {
    const text = [
      'Kim Jong Un inspected Russian bombers in Vladivostok on Saturday.',
      'Russian President Vladimir Putin meets Kim Jong Un in Vostochny. (AP Photo/Vladimir Smirnov)',
      'Kim inspects a warship of the Pacific Fleet. Photograph: KCNA/Reuters',
      'The visit ended on Sunday with a lunch given by the defence minister.',
    ].join('\n\n');
    const sentences = classifySentences(splitSentences(text, 'en'), text);
    expect(sentences.filter((s) => s.claim).map((s) => s.text)).toEqual([
      'Kim Jong Un inspected Russian bombers in Vladivostok on Saturday.',
      'The visit ended on Sunday with a lunch given by the defence minister.',
    ]);
    expect(sentences.filter((s) => !s.claim).map((s) => s.reason)).toEqual(
      Array(4).fill('photo caption or credit'),
    );
  });

  it('makes each item of a numbered list a claim, without its number', () => {
    const text =
      'The government set out its measures as follows: 1. Taxes on fuel will rise by 2% next year. 2. Spending on defence will be cut by a third.';
    expect(claimsOf(text)).toEqual([
      'Taxes on fuel will rise by 2% next year.',
      'Spending on defence will be cut by a third.',
    ]);
  });

  it('checks quoted items after a lead-in', () => {
    const text = [
      'Obama also said:',
      '“The United States will not rest until the attackers are found.”',
      '“We will rebuild the embassy in Benghazi within a year.”',
    ].join('\n\n');
    expect(claimsOf(text)).toEqual([
      '“The United States will not rest until the attackers are found.”',
      '“We will rebuild the embassy in Benghazi within a year.”',
    ]);
  });

  it('keeps a quotation that spans sentence punctuation in one claim', () => {
    const text =
      '“We will fight for every village. We will win this war,” the president said on Monday.';
    expect(claimsOf(text)).toEqual([text]);
  });

  it('does not let a stray quotation mark swallow the paragraph', () => {
    const text = [
      '"The minister resigned on Monday.',
      'Parliament will vote on Tuesday.',
      'The budget passed in March.',
      'Taxes rose by 2%.',
      'Spending fell by 3%.',
      'Growth slowed to 1%.',
      'Inflation reached 9% in May.',
      'Unemployment stayed at 4%.',
    ].join(' ');
    expect(splitSentences(text, 'en').length).toBeGreaterThan(1);
  });

  it('reports skipped captions in a check', async () => {
    const text =
      'Kim Jong Un inspected Russian bombers in Vladivostok on Saturday.\n\nKim inspects a warship. Photograph: KCNA/Reuters';
    const report = await checkArticle(
      { title: 'T', text, language: 'en' },
      new MemoryCorpusStore(),
    );
    expect(report.claims.map((c) => c.text)).toEqual([
      'Kim Jong Un inspected Russian bombers in Vladivostok on Saturday.',
    ]);
    expect(report.skipped.map((s) => s.reason)).toEqual([
      'photo caption or credit',
      'photo caption or credit',
    ]);
  });
});
