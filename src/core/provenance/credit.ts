// The wire agency or outlet a text credits as its origin (its stated origin). Two texts crediting
// the same agency are copies of one origin. Only explicit credit forms count: a dateline
// "(Reuters)", a copyright line, a credit line alone, a closing sign-off ("… EFE"), "via AP",
// "передає Укрінформ", "з посиланням на Reuters". An agency the story merely quotes ("KCNA said")
// is a source of the statement (core/attribution.ts), not the origin of the text; only agencies
// in the list below are credits, so "з посиланням на державне інформагентство KCNA" is not one.
const AGENCIES: [RegExp, string][] = [
  [/^(?:thomson\s*\/?\s*)?reuters$|^рейтер(?:с|а)?$/iu, 'Reuters'],
  [/^(?:the )?associated press$|^ap$|^ассошиэйтед пресс$|^асошіейтед прес$/iu, 'AP'],
  [/^afp$|^agence france-presse$|^франс[ -]пресс?$/iu, 'AFP'],
  [/^efe$/i, 'EFE'],
  [/^xinhua$/i, 'Xinhua'],
  [/^(?:yonhap|йонхап|ренхап|йонхап ньюс)$/iu, 'Yonhap'],
  [/^dpa$/i, 'dpa'],
  [/^ansa$/i, 'ANSA'],
  [/^bloomberg$/i, 'Bloomberg'],
  [/^(?:tass|тасс)$/i, 'TASS'],
  [/^(?:interfax|інтерфакс(?:-україна)?|интерфакс)$/iu, 'Interfax'],
  [/^(?:ukrinform|укрінформ|укринформ)$/iu, 'Ukrinform'],
  [/^(?:unian|уніан|униан)$/iu, 'UNIAN'],
  [/^(?:ria novosti|риа новости|ріа новини)$/iu, 'RIA Novosti'],
];

function agency(name: string): string | null {
  const trimmed = name.trim().replace(/[.,;:]+$/, '');
  return AGENCIES.find(([pattern]) => pattern.test(trimmed))?.[1] ?? null;
}

const CREDIT_FORMS: RegExp[] = [
  // "Seoul, Sep 17 (EFE).-", "WASHINGTON (Reuters) -"
  /\(([\p{L} &/-]{2,30})\)\s*\.?\s*[-–—]/u,
  // "© 2023 Thomson/Reuters", "Copyright 2023 The Associated Press"
  /(?:©|copyright)\s*(?:\d{4}\s*)?([\p{L} /&.-]{2,40}?)\.?\s*(?:all rights|$)/imu,
  // "WASHINGTON (Reuters)" without the dash, "(AP)"
  /\(([\p{L} &/-]{2,30})\)/u,
  // "… передає Укрінформ", "… сообщает ТАСС"
  /(?:передає|передает|сообщает|повідомляє)\s+([\p{L}-]+(?:\s[\p{L}-]+)?)[.,]?\s*$/imu,
  // "via Reuters", "(via AP)"; not a picture's credit ("Photo via Reuters")
  /(?<!(?:photo|image|picture|video|фото)[^\n]{0,20})\bvia\s+([\p{L}-]+(?:\s[\p{L}-]+)?)/iu,
  // "з посиланням на Reuters", "со ссылкой на ТАСС"
  /(?:з посиланням на|із посиланням на|со ссылкой на)\s+([\p{L}-]+(?:\s[\p{L}-]+)?)/iu,
  // A sign-off closing a paragraph: "… leave the country. EFE"
  /[.!?”"]\s+([\p{Lu}]{2,12})\s*$/mu,
];

/** The agency a raw text credits, or null. Lines that are only an agency name count too. */
export function findCredit(text: string): string | null {
  for (const form of CREDIT_FORMS) {
    for (const match of text.matchAll(
      new RegExp(form.source, form.flags.includes('g') ? form.flags : form.flags + 'g'),
    )) {
      // Two-word captures ("Reuters said") fall back to their first word.
      const words = match[1]?.trim() ?? '';
      const found = words ? (agency(words) ?? agency(words.split(/\s+/)[0] ?? '')) : null;
      if (found) return found;
    }
  }
  for (const line of text.split('\n')) {
    const found = line.trim().length <= 40 ? agency(line) : null;
    if (found) return found;
  }
  return null;
}
