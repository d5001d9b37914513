import { badUserInput, type Locale, type LocalizedText } from '@eco/kit';

/** Texts of the catalog's BAD_USER_INPUT errors, in the caller's language. */
export const MESSAGES = {
  SERVICE_KEY_REQUIRED: {
    ru: 'Укажите ровно одно из полей: id или code',
    en: 'Give exactly one of id or code',
  },
  SEARCH_TOO_LONG: {
    ru: 'Поисковый запрос слишком длинный (не более 200 символов)',
    en: 'The search query is too long (200 characters at most)',
  },
  REGION_CODE_INVALID: {
    ru: 'Код региона — две цифры, например «77»',
    en: 'A region code is two digits, e.g. "77"',
  },
  REGION_UNKNOWN: {
    ru: 'Регион с таким кодом не найден',
    en: 'No region has this code',
  },
} as const satisfies Record<string, LocalizedText>;

export type MessageCode = keyof typeof MESSAGES;

export function invalidInput(code: MessageCode, locale: Locale, field?: string) {
  const text: LocalizedText = MESSAGES[code];
  const error = badUserInput(text[locale], field);
  // A stable reason next to the generic code, so clients need not parse the message.
  error.extensions.reason = code;
  return error;
}
