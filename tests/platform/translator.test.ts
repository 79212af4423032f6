import { describe, expect, it, vi } from 'vitest';
import { onDeviceTranslator, type TranslatorApi } from '../../src/platform/translator';

function fakeApi(availability: Awaited<ReturnType<TranslatorApi['availability']>>): TranslatorApi {
  return {
    availability: vi.fn(async () => availability),
    create: vi.fn(async () => ({ translate: async (text: string) => `EN(${text})` })),
  };
}

describe('onDeviceTranslator', () => {
  it('is absent where the browser has no Translator API (Firefox, Node, Debian Chromium without models)', () => {
    expect(onDeviceTranslator(undefined)).toBeUndefined();
  });

  it('translates with a model that is already on the machine, creating it once per language pair', async () => {
    const api = fakeApi('available');
    const translate = onDeviceTranslator(api);
    expect(await translate?.('Кім', 'uk', 'en')).toBe('EN(Кім)');
    expect(await translate?.('Шойгу', 'uk', 'en')).toBe('EN(Шойгу)');
    expect(api.create).toHaveBeenCalledTimes(1);
  });

  it.each(['downloadable', 'downloading', 'unavailable'] as const)(
    'never starts a download: "%s" means no translation, so the lexicon path is used',
    async (availability) => {
      const api = fakeApi(availability);
      expect(await onDeviceTranslator(api)?.('Кім', 'uk', 'en')).toBeNull();
      expect(api.create).not.toHaveBeenCalled();
    },
  );

  it('treats a failing availability check as no translator', async () => {
    const api: TranslatorApi = {
      availability: async () => Promise.reject(new Error('not allowed in this context')),
      create: vi.fn(),
    };
    expect(await onDeviceTranslator(api)?.('Кім', 'uk', 'en')).toBeNull();
  });
});
