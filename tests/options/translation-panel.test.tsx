// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TranslationPanel } from '../../src/options/components/translation-panel';
import type { Availability, TranslatorApi } from '../../src/platform/translator';

/** A fake of Chrome's Translator API: what it was asked, and models that arrive on create(). */
function fakeApi(initial: Availability) {
  let state = initial;
  const created: { sourceLanguage: string; targetLanguage: string }[] = [];
  const api: TranslatorApi = {
    availability: async () => state,
    create: async ({ sourceLanguage, targetLanguage, monitor }) => {
      created.push({ sourceLanguage, targetLanguage });
      const listeners: ((event: { loaded: number }) => void)[] = [];
      monitor?.({ addEventListener: (_, listener) => listeners.push(listener) });
      for (const loaded of [0.5, 1]) listeners.forEach((listener) => listener({ loaded }));
      state = 'available';
      return { translate: async (text) => text };
    },
  };
  return { api, created };
}

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

afterEach(() => {
  document.body.innerHTML = '';
});

async function mount(api: TranslatorApi | undefined) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<TranslationPanel api={api} />, root));
  await settle();
  return root;
}

describe('the on-device translation offer', () => {
  it('downloads nothing until the reader clicks, then both models', async () => {
    const { api, created } = fakeApi('downloadable');
    const root = await mount(api);
    expect(root.querySelector('[data-testid=translation-panel]')).not.toBeNull();
    expect(root.textContent).toContain('Chrome fetches the models from Google');
    await settle();
    expect(created).toEqual([]);
    await act(async () =>
      root.querySelector<HTMLElement>('[data-testid=translation-download]')?.click(),
    );
    await settle();
    expect(created).toEqual([
      { sourceLanguage: 'uk', targetLanguage: 'en' },
      { sourceLanguage: 'ru', targetLanguage: 'en' },
    ]);
    expect(root.querySelector('[data-testid=translation-ready]')).not.toBeNull();
  });

  it('says it is ready when the models are there, and offers nothing', async () => {
    const { api, created } = fakeApi('available');
    const root = await mount(api);
    expect(root.querySelector('[data-testid=translation-ready]')).not.toBeNull();
    expect(root.querySelector('[data-testid=translation-download]')).toBeNull();
    expect(created).toEqual([]);
  });

  it.each([
    ['no Translator API', undefined],
    ['no model for the pairs', fakeApi('unavailable').api],
  ])('is not shown with %s', async (_, api) => {
    const root = await mount(api);
    expect(root.querySelector('[data-testid=translation-panel]')).toBeNull();
  });
});
