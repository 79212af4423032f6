// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { clearMarks, markClaims } from '../../src/content/highlight';
import { findSentence, readPageText } from '../../src/content/text-map';

// jsdom has no CSS Custom Highlight API, so these tests exercise the <mark> fallback and the
// mapping underneath both; the Highlight API path runs in the end-to-end tests in real browsers.
beforeEach(() => {
  document.body.innerHTML = `
    <nav>Home · World</nav>
    <article>
      <p>North Korean leader <a href="/kim">Kim Jong&nbsp;Un</a> discussed   practical issues
         with Russia&#39;s <em>defence</em> minister.</p>
      <script>var ignored = "Kim Jong Un discussed";</script>
      <p>Residents reported road closures around the port.</p>
    </article>`;
});

describe('text map', () => {
  it('finds a sentence split across inline elements, entities and extra whitespace', () => {
    const page = readPageText(document.body);
    const found = findSentence(
      page,
      "North Korean leader Kim Jong Un discussed practical issues with Russia's defence minister.",
    );
    expect(found?.range.toString().replace(/\s+/g, ' ')).toBe(
      "North Korean leader Kim Jong Un discussed practical issues with Russia's defence minister.",
    );
  });

  it('never maps into script text', () => {
    expect(readPageText(document.body).folded).not.toContain('var ignored');
  });

  it('returns null for text that is not on the page', () => {
    expect(
      findSentence(readPageText(document.body), 'Nothing like this is on the page.'),
    ).toBeNull();
  });
});

describe('markClaims (fallback without the Highlight API)', () => {
  it('wraps each claim in marks of its style and reports the ones it cannot place', () => {
    const result = markClaims(document, [
      {
        index: 0,
        text: "North Korean leader Kim Jong Un discussed practical issues with Russia's defence minister.",
        style: 'differing',
      },
      {
        index: 1,
        text: 'Residents reported road closures around the port.',
        style: 'uncorroborated',
      },
      { index: 2, text: 'A sentence the page does not have.', style: 'uncorroborated' },
    ]);
    expect(result.marked.map((m) => m.index)).toEqual([0, 1]);
    expect(result.unmapped).toEqual(['A sentence the page does not have.']);
    const differing = [...document.querySelectorAll('mark[data-crosscheck="differing"]')];
    expect(
      differing
        .map((m) => m.textContent)
        .join('')
        .replace(/\s+/g, ' '),
    ).toBe(
      "North Korean leader Kim Jong Un discussed practical issues with Russia's defence minister.",
    );
    // The link is still a link: marks go inside elements, never around them.
    expect(document.querySelector('a')?.textContent).toBe('Kim Jong\u00a0Un');
    expect(document.querySelector('mark[data-crosscheck="uncorroborated"]')?.textContent).toBe(
      'Residents reported road closures around the port.',
    );
  });

  it('clears its marks and leaves the text as it was', () => {
    const before = document.body.textContent;
    markClaims(document, [
      {
        index: 3,
        text: 'Residents reported road closures around the port.',
        style: 'uncorroborated',
      },
    ]);
    clearMarks(document);
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.textContent).toBe(before);
  });
});
