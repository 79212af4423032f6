// Spelling variants that name the same person, place or word. Tokens are mapped to one spelling
// before stemming, so "Sergey" finds "Sergei" in the index and in comparison. Hyphenated Korean
// given names ("Jong-un") need no entry: the tokenizer splits hyphens, so "Kim Jong-un" and
// "Kim Jong Un" give the same terms.
const VARIANTS: Record<string, string> = {
  sergey: 'sergei',
  sergej: 'sergei',
  yevgeny: 'yevgeni',
  yevgeniy: 'yevgeni',
  evgeny: 'yevgeni',
  dmitry: 'dmitri',
  dmitriy: 'dmitri',
  alexey: 'alexei',
  aleksei: 'alexei',
  aleksey: 'alexei',
  andrey: 'andrei',
  yuriy: 'yuri',
  yury: 'yuri',
  kiev: 'kyiv',
  pyongyang: 'pyongyang',
  dprk: 'dprk',
  // British and American spellings of words news copy changes between reprints.
  defence: 'defense',
  programme: 'program',
  centre: 'center',
  organisation: 'organization',
  organise: 'organize',
  organised: 'organized',
  publicise: 'publicize',
  labour: 'labor',
  favour: 'favor',
  // Short forms wire copy uses for the same country or body.
  us: 'us',
  usa: 'us',
  uk: 'uk',
  nkorea: 'north',
};

export function canonicalSpelling(token: string): string {
  return Object.hasOwn(VARIANTS, token) ? (VARIANTS[token] ?? token) : token;
}
