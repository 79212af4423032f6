import messages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

// Read through globalThis so components also render in unit tests, outside an extension.
const i18n = (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;

/** A UI string from the extension's _locales, in the browser's language where translated. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return i18n?.getMessage(key, substitutions) || messages[key].message;
}
