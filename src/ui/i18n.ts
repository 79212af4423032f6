import messages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

// Read through globalThis so components also render in unit tests, outside an extension.
const i18n = (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;

/** A UI string from the extension's _locales, in the browser's language where translated. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const values = substitutions.map(String);
  return i18n?.getMessage(key, values) || fallback(messages[key], values);
}

/** The English message with its $PLACEHOLDERS$ filled, as the browser's i18n would. */
function fallback(entry: MessageEntry, values: string[]): string {
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
  });
}

const englishPlural = new Intl.PluralRules('en');

/** A counted phrase: `key + 'One'` for one, `key` otherwise (the _locales format has no plurals). */
export function tCount(
  key: MessageKey & `${string}`,
  count: number,
  ...rest: (string | number)[]
): string {
  const one = `${key}One`;
  const useOne = englishPlural.select(count) === 'one' && one in messages;
  // The count is the last substitution of every counted message.
  return t(useOne ? (one as MessageKey) : key, ...rest, count);
}
