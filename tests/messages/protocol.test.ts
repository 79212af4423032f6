import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/messages/protocol';

describe('parseEnvelope', () => {
  it.each([
    [{ type: 'popup-bg-check-tab', payload: { tabId: 3 } }],
    [{ type: 'popup-bg-check-tab', payload: { tabId: 3, useSelection: true } }],
    [{ type: 'popup-bg-get-tab-state', payload: { tabId: 0 } }],
    [{ type: 'popup-bg-cancel-check', payload: { tabId: 4 } }],
    [{ type: 'cs-bg-article', payload: { noArticle: true, url: 'https://example.org/' } }],
    [
      {
        type: 'cs-bg-article',
        payload: { url: 'https://e.org/a', title: 'T', text: 'Body.', source: 'readability' },
      },
    ],
    [
      {
        type: 'popup-bg-set-auto-check',
        payload: { origin: 'https://news.example', enabled: true },
      },
    ],
    [{ type: 'options-bg-corpus-changed', payload: {} }],
    [{ type: 'cs-bg-placement', payload: { mapped: 3, unmapped: ['A claim.'] } }],
    [{ type: 'popup-bg-reveal-claim', payload: { tabId: 2, claimIndex: 0 } }],
    [{ type: 'popup-bg-set-highlights', payload: { tabId: 2, visible: false } }],
  ])('accepts %j', (message) => {
    expect(parseEnvelope(message)).toEqual(message);
  });

  it.each([
    [null, /must be an object/],
    ['check', /must be an object/],
    [{ type: 'drop-tables', payload: {} }, /unknown message type "drop-tables"/],
    [{ type: 'popup-bg-check-tab', payload: { tabId: -1 } }, /invalid payload/],
    [{ type: 'popup-bg-check-tab', payload: { tabId: '3' } }, /invalid payload/],
    [{ type: 'popup-bg-check-tab' }, /invalid payload/],
    [
      { type: 'cs-bg-article', payload: { url: 'x', title: 'T', text: 5, source: 'readability' } },
      /invalid payload/,
    ],
    [
      { type: 'cs-bg-article', payload: { url: 'x', title: 'T', text: 'a', source: 'server' } },
      /invalid payload/,
    ],
    [
      {
        type: 'cs-bg-article',
        payload: { url: 'x', title: 'T', text: 'a'.repeat(2_000_001), source: 'readability' },
      },
      /invalid payload/,
    ],
    [
      { type: 'popup-bg-set-auto-check', payload: { origin: 'file:///etc', enabled: true } },
      /invalid payload/,
    ],
    [
      {
        type: 'popup-bg-set-auto-check',
        payload: { origin: 'https://a.example/path', enabled: true },
      },
      /invalid payload/,
    ],
    [{ type: 'cs-bg-placement', payload: { mapped: 1, unmapped: [3] } }, /invalid payload/],
    [{ type: 'popup-bg-reveal-claim', payload: { tabId: 2, claimIndex: 0.5 } }, /invalid payload/],
    [{ type: 'toString', payload: {} }, /unknown message type/],
  ])('rejects %j', (message, error) => {
    const parsed = parseEnvelope(message);
    expect('error' in parsed && parsed.error).toMatch(error);
  });
});
