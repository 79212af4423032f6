import { describe, expect, it } from 'vitest';
import { safeLinkUrl } from '../../src/ui/safe-url';

describe('safeLinkUrl', () => {
  it.each([
    ['https://www.reuters.com/world/a?b=1#c', 'https://www.reuters.com/world/a?b=1#c'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/x  ', 'https://example.org/x'],
    ['HTTPS://EXAMPLE.ORG/', 'https://example.org/'],
  ])('links %s', (url, href) => {
    expect(safeLinkUrl(url)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'chrome-extension://abc/page.html',
    '//example.org/protocol-relative',
    '/relative/path',
    'not a url',
    '',
    null,
    undefined,
    `https://example.org/${'x'.repeat(20_000)}`,
  ])('never links %j', (url) => {
    expect(safeLinkUrl(url)).toBeNull();
  });
});
