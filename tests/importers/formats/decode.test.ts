import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText } from '../../../src/importers/formats/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let offset = 0;
  if (bom) view.setUint16((offset += 2) - 2, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++)
    view.setUint16((offset += 2) - 2, text.charCodeAt(i), littleEndian);
  return out;
}

// Windows-1251: А–я are 0xC0–0xFF in order; і is 0xB3, ї 0xBF, є 0xBA.
function windows1251(text: string): Uint8Array {
  const special: Record<string, number> = { і: 0xb3, ї: 0xbf, є: 0xba, ' ': 0x20, '.': 0x2e };
  return Uint8Array.from([...text], (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    return special[ch] ?? code;
  });
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8('Київ, 12 вересня. Прем’єр')],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Київ, 12 вересня. Прем’єр')])],
  ])('reads %s', (_name, bytes) => {
    expect(decodeText(bytes)).toBe('Київ, 12 вересня. Прем’єр');
  });

  it.each([
    ['UTF-16 LE with BOM', true, true, 'Зустріч у Владивостоці'],
    ['UTF-16 BE with BOM', false, true, 'Зустріч у Владивостоці'],
    ['UTF-16 LE without BOM (Latin text)', true, false, 'Kim met Putin in Vladivostok.'],
    ['UTF-16 BE without BOM (Latin text)', false, false, 'Kim met Putin in Vladivostok.'],
  ])('reads %s', (_name, littleEndian, bom, text) => {
    expect(decodeText(utf16(text, littleEndian, bom))).toBe(text);
  });

  it('reads Windows-1251 Cyrillic that is not valid UTF-8', () => {
    const text = 'Президент України прибув до Києва. Зустріч тривала дві години.';
    expect(decodeText(windows1251(text))).toBe(text);
  });

  it('refuses binary content, even named .txt', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => decodeText(png)).toThrow('not a text file (binary content)');
  });

  it('refuses an empty file', () => {
    expect(() => decodeText(new Uint8Array(0))).toThrow('empty file');
  });

  // Real text in each legacy encoding, encoded by iconv-lite: Latin-1 and Windows-1252 put é, ü,
  // ß at 0xC0–0xFF like Windows-1251 puts Cyrillic there, so only the letters' statistics tell.
  it.each([
    [
      'French',
      'latin1',
      'Le café de la gare a fermé ses portes après quarante années, a déclaré le maire.',
    ],
    [
      'French',
      'windows-1252',
      'Les élèves du lycée étaient très déçus : « une décision brutale », a-t-il dit.',
    ],
    ['German', 'latin1', 'Die Bürger müssen höhere Gebühren für Müll und Straßenreinigung zahlen.'],
    [
      'German',
      'windows-1252',
      'Der Bürgermeister äußerte sich am Dienstag vor dem Gemeinderat – „zu spät“.',
    ],
    [
      'Spanish',
      'latin1',
      'El niño comió en la ciudad; la canción terminó a las diez de la mañana.',
    ],
    [
      'Russian',
      'windows-1251',
      'Правительство России объявило о новых мерах поддержки, сообщило агентство ТАСС.',
    ],
    [
      'Ukrainian',
      'windows-1251',
      'Уряд України оголосив про нові заходи підтримки, повідомило агентство Укрінформ.',
    ],
    ['short German', 'latin1', 'Grüße aus München.'],
    ['short Russian', 'windows-1251', 'Привет, мир.'],
  ])('reads %s text in %s', (_language, encoding, text) => {
    const bytes = iconv.encode(text, encoding);
    expect(iconv.decode(bytes, encoding)).toBe(text);
    expect(decodeText(bytes)).toBe(text);
  });

  it('refuses 8-bit bytes that are no text in any encoding it reads', () => {
    const noise = Uint8Array.from({ length: 64 }, (_, i) => 0x80 + ((i * 37) % 0x20));
    expect(() => decodeText(noise)).toThrow(/unknown text encoding/);
  });
});
