// The wire agency or outlet a text credits as its origin. Two texts crediting the same agency are
// copies of one origin. Only explicit credit forms count: a dateline "(Reuters)", a copyright line,
// a credit line alone, a closing sign-off ("… EFE"), "передає Укрінформ". An agency the story merely
// quotes ("KCNA said") is a source of the statement, not the origin of the text.
const AGENCIES: [RegExp, string][] = [
  [/^(?:thomson\s*\/?\s*)?reuters$/i, 'Reuters'],
  [/^(?:the )?associated press$|^ap$/i, 'AP'],
  [/^afp$|^agence france-presse$/i, 'AFP'],
  [/^efe$/i, 'EFE'],
  [/^xinhua$/i, 'Xinhua'],
  [/^yonhap$/i, 'Yonhap'],
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
  // "… передає Укрінформ", "… сообщает ТАСС"
  /(?:передає|передает|сообщает|повідомляє)\s+([\p{L}-]+(?:\s[\p{L}-]+)?)[.,]?\s*$/imu,
  // A sign-off closing a paragraph: "… leave the country. EFE"
  /[.!?”"]\s+([\p{Lu}]{2,12})\s*$/mu,
];

/** The agency a raw text credits, or null. Lines that are only an agency name count too. */
export function findCredit(text: string): string | null {
  for (const form of CREDIT_FORMS) {
    for (const match of text.matchAll(
      new RegExp(form.source, form.flags.includes('g') ? form.flags : form.flags + 'g'),
    )) {
      const found = match[1] ? agency(match[1]) : null;
      if (found) return found;
    }
  }
  for (const line of text.split('\n')) {
    const found = line.trim().length <= 40 ? agency(line) : null;
    if (found) return found;
  }
  return null;
}
