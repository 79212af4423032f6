// Cyrillic to Latin letters, the way English news copy spells Ukrainian and Russian names (Шойгу →
// shoigu, Владивосток → vladivostok). One table serves both languages: г is "g" (Сергій → sergii
// finds Sergei; the Ukrainian "h" spelling would miss the Russian-era names the wires use) and и is
// "i" (Vladimir, Dmitri); `nameSkeleton` then removes what the two spelling traditions disagree on.
const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ye',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  "'": '',
  '’': '',
};

export function transliterate(word: string): string {
  let latin = '';
  for (const letter of word.toLowerCase()) latin += LETTERS[letter] ?? letter;
  return latin;
}

/** Consonants of a Latin spelling with the letters spelling systems disagree on merged or dropped
 *  (vowels, y/j, h of digraphs, doubled letters): Volodymyr and Vladimir, Kyiv and Kiev,
 *  Zelenskyy and Zelensky share one skeleton. */
export function nameSkeleton(latin: string): string {
  return latin
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/shch|sch/g, 's')
    .replace(/t[sz]/g, 'C')
    .replace(/kh/g, 'k')
    .replace(/[cs]h/g, (pair) => (pair === 'ch' ? 'C' : 's'))
    .replace(/zh/g, 'z')
    .replace(/ck|q/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/[aeiouyjh]/g, '')
    .replace(/(.)\1+/g, '$1');
}
