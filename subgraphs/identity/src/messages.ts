import { toUserErrors, type Locale, type LocalizedText, type UserError } from '@eco/kit';
import { VALIDATION_MESSAGES } from './validation';
import type { IdentityCode, IdentityProblem } from './problems';

export const IDENTITY_MESSAGES: Record<IdentityCode, LocalizedText> = {
  EMAIL_TAKEN: {
    ru: 'Пользователь с такой электронной почтой уже зарегистрирован',
    en: 'An account with this email address already exists',
  },
  PHONE_TAKEN: {
    ru: 'Пользователь с таким номером телефона уже зарегистрирован',
    en: 'An account with this phone number already exists',
  },
  // One text for an unknown login and a wrong password, so the answer reveals no accounts.
  INVALID_CREDENTIALS: { ru: 'Неверный логин или пароль', en: 'Incorrect login or password' },
  ACCOUNT_LOCKED: {
    ru: 'Слишком много неудачных попыток входа. Вход будет снова доступен {unlockAt}',
    en: 'Too many failed sign-in attempts. You can sign in again {unlockAt}',
  },
  INVALID_REFRESH_TOKEN: {
    ru: 'Сеанс истёк или недействителен — войдите снова',
    en: 'The session has expired or is invalid — please sign in again',
  },
  REFRESH_TOKEN_REUSED: {
    ru: 'Этот токен уже использовался, поэтому сеанс завершён в целях безопасности — войдите снова',
    en: 'This token was already used, so the session was ended for your safety — please sign in again',
  },
  SNILS_TAKEN: {
    ru: 'Этот СНИЛС уже привязан к другой учётной записи',
    en: 'This SNILS is already linked to another account',
  },
  INN_TAKEN: {
    ru: 'Этот ИНН уже привязан к другой учётной записи',
    en: 'This INN is already linked to another account',
  },
};

const MESSAGES: Readonly<Record<string, LocalizedText>> = { ...VALIDATION_MESSAGES, ...IDENTITY_MESSAGES };

// Portal users span eleven time zones; Moscow time is what Russian public services quote.
const UNLOCK_FORMAT: Record<Locale, Intl.DateTimeFormat> = {
  ru: new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Moscow', dateStyle: 'short', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Moscow', dateStyle: 'short', timeStyle: 'short' }),
};
const MOSCOW_TIME: LocalizedText = { ru: 'по московскому времени', en: 'Moscow time' };

export function formatUnlockAt(unlockAt: Date, locale: Locale): string {
  const when = UNLOCK_FORMAT[locale].format(unlockAt);
  return locale === 'ru' ? `${when} ${MOSCOW_TIME.ru}` : `on ${when} ${MOSCOW_TIME.en}`;
}

/** Service problems → user errors in the caller's language, with their parameters filled in. */
export function userErrorsFor(problems: readonly IdentityProblem[], locale: Locale): UserError[] {
  return toUserErrors(problems, MESSAGES, locale).map((error, i) => {
    const unlockAt = problems[i].unlockAt;
    return unlockAt ? { ...error, message: error.message.replace('{unlockAt}', formatUnlockAt(unlockAt, locale)) } : error;
  });
}
